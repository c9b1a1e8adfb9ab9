package attache.feeds;

import attache.ingest.PublicationDates;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed, in the feed's order, with the JDK's
 * XML parser. A feed is untrusted input fetched from the web, so the parser refuses DOCTYPEs and
 * never resolves external entities or schemas (no XXE, no "billion laughs"). Thread-safe.
 */
public final class FeedParser {

    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** The items of the feed in {@code xml}, fetched from {@code address} (relative links resolve against it). */
    public List<FeedItem> parse(byte[] xml, String address) throws FeedException {
        Element root = document(xml).getDocumentElement();
        String name = root.getLocalName() == null ? root.getTagName() : root.getLocalName();
        List<FeedItem> items = new ArrayList<>();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "rss" -> {
                Element channel = child(root, "channel");
                if (channel == null) {
                    throw new FeedException("an RSS feed without a <channel>");
                }
                for (Element item : children(channel, "item")) {
                    rssItem(item, address).ifPresent(items::add);
                }
            }
            case "rdf" -> {
                for (Element item : children(root, "item")) {
                    rssItem(item, address).ifPresent(items::add);
                }
            }
            case "feed" -> {
                for (Element entry : children(root, "entry")) {
                    atomEntry(entry, address).ifPresent(items::add);
                }
            }
            default -> throw new FeedException("not an RSS or Atom feed (root element <" + name + ">)");
        }
        return items;
    }

    private static Optional<FeedItem> rssItem(Element item, String address) {
        String link = resolve(address, text(item, "link"));
        String guid = text(item, "guid");
        Element guidEl = child(item, "guid");
        if (link == null && guid != null && guidEl != null
                && !"false".equalsIgnoreCase(guidEl.getAttribute("isPermaLink"))) {
            link = resolve(address, guid);
        }
        if (link == null) {
            return Optional.empty();
        }
        String date = firstNonNull(text(item, "pubDate"), textNs(item, DC, "date"));
        return Optional.of(new FeedItem(guid != null ? guid : link, link, text(item, "title"), date(date)));
    }

    private static Optional<FeedItem> atomEntry(Element entry, String address) {
        String link = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = resolve(address, l.getAttribute("href"));
                break;
            }
        }
        if (link == null) {
            return Optional.empty();
        }
        String id = text(entry, "id");
        String date = firstNonNull(text(entry, "published"), text(entry, "updated"));
        return Optional.of(new FeedItem(id != null ? id : link, link, text(entry, "title"), date(date)));
    }

    private static LocalDate date(String value) {
        return value == null ? null : PublicationDates.parse(value).orElse(null);
    }

    private static Document document(byte[] xml) throws FeedException {
        try {
            // the JDK's own parser, whatever other parser (Xerces) the classpath brings
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Quiet());
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new FeedException("malformed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new FeedException("cannot read the feed: " + e.getMessage(), e);
        }
    }

    /** Errors become the exception; nothing is printed to standard error. */
    private static final class Quiet implements org.xml.sax.ErrorHandler {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? link.strip() : URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** The trimmed text of the first child element with this local name, or null when absent or blank. */
    private static String text(Element parent, String local) {
        Element el = child(parent, local);
        if (el == null) {
            return null;
        }
        String text = el.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static String textNs(Element parent, String ns, String local) {
        NodeList list = parent.getElementsByTagNameNS(ns, local);
        if (list.getLength() == 0) {
            return null;
        }
        String text = list.item(0).getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static Element child(Element parent, String local) {
        List<Element> found = children(parent, local);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Direct child elements with this local name, whatever their namespace (RSS has none, Atom and RDF do). */
    private static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                String name = el.getLocalName() != null ? el.getLocalName() : el.getTagName();
                boolean dublinCore = DC.equals(el.getNamespaceURI());
                if (name.equals(local) && !dublinCore) {
                    out.add(el);
                }
            }
        }
        return out;
    }
}
