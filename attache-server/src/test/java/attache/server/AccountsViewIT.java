package attache.server;

import attache.server.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounts view and the article view's claims in a real browser (headless Chromium), on stories
 * that carry claims, positions and account relations ({@link AccountStories}) and on a hostile one
 * ({@link XssStory}) whose claimants and claims carry markup. Skipped where Chromium is not installed.
 */
class AccountsViewIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession("attache-accounts", base -> {
        base.store(AccountStories.first());
        base.store(AccountStories.second());
        base.store(XssStory.build());
    }, a -> {
        throw new IllegalStateException("no analysis in this test");
    }, m -> false);

    private static Browser browser() {
        return SESSION.browser();
    }

    private static List<String> texts(WebElement in, String css) {
        return in.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static WebElement account(String scope, String firstSide) {
        return browser().all("article.account[data-scope=" + scope + "]").stream()
                .filter(a -> a.findElements(By.cssSelector(".side")).get(0).getAttribute("data-side").equals(firstSide))
                .findFirst().orElseThrow(() -> new AssertionError("no " + scope + " account with " + firstSide + " first"));
    }

    @Test
    void accounts_view_puts_the_sides_of_the_contested_talks_next_to_each_other() {
        assertEquals("accounts", browser().open("#/accounts?scope=article"));
        assertTrue(browser().all("nav a").stream().anyMatch(a -> a.getText().equals("Accounts")), "a nav entry");
        WebElement conflict = account("article", "PRK");
        assertTrue(conflict.getAttribute("class").contains("conflict"));
        assertTrue(conflict.findElement(By.cssSelector(".account-event")).getText().contains("CAMEO 040"));
        assertTrue(conflict.findElement(By.cssSelector(".account-event")).getText().contains("Stockholm"));
        List<WebElement> sides = conflict.findElements(By.cssSelector(".side"));
        assertEquals(2, sides.size());
        assertEquals("USA", sides.get(1).getAttribute("data-side"));

        WebElement prk = sides.get(0).findElement(By.cssSelector("li.claim"));
        assertTrue(prk.getText().contains("Pyongyang"), prk.getText());
        assertEquals(List.of("reported", "negative", "ended"), texts(prk, ".badge"));
        assertEquals(AccountStories.PRK_CONTENT, prk.findElement(By.cssSelector(".claim-content")).getText());
        assertEquals(List.of("broke down", "nothing new"), texts(prk, "mark.cue.negative"));
        WebElement usa = sides.get(1).findElement(By.cssSelector("li.claim"));
        assertTrue(usa.getText().contains("State Department USAGOV"), usa.getText());
        assertEquals(List.of("good", "creative ideas"), texts(usa, "mark.cue.positive"));
        List<String> usaPositions = texts(sides.get(1), "li.position");
        assertEquals(1, usaPositions.size(), usaPositions.toString());
        assertTrue(usaPositions.get(0).contains("demand the North give up its nuclear programme first"),
                usaPositions.get(0));
        assertTrue(sides.get(0).findElement(By.cssSelector("li.position")).getText().contains("sanctions"));

        WebElement agreement = account("article", "KOR");
        assertTrue(agreement.getAttribute("class").contains("agreement"));
        assertTrue(agreement.findElement(By.xpath("ancestor::section")).getAttribute("class").contains("agreements"));
        assertEquals(List.of("useful"), texts(agreement, ".side[data-side=KOR] mark.cue.positive"));
        browser().screenshot("accounts");
    }

    @Test
    void store_scope_joins_the_accounts_of_two_articles() {
        assertEquals("accounts", browser().open("#/accounts?scope=store&relation=conflict"));
        assertTrue(browser().all("section.agreements").isEmpty(), "conflicts only");
        WebElement conflict = account("store", "PRK");
        assertTrue(conflict.findElement(By.cssSelector(".account-id")).getText().startsWith("m-"));
        List<WebElement> usa = conflict.findElements(By.cssSelector(".side[data-side=USA] li.claim"));
        assertEquals(2, usa.size(), "Washington's accounts from both articles");
        assertTrue(usa.get(1).findElement(By.cssSelector("a.open-claim")).getText()
                .contains(AccountStories.SECOND), usa.get(1).getText());
        browser().screenshot("accounts-store");
    }

    @Test
    void a_claims_evidence_link_opens_the_article_at_its_span() {
        assertEquals("accounts", browser().open("#/accounts?scope=article&relation=conflict"));
        account("article", "PRK").findElement(By.cssSelector(".side[data-side=USA] a.open-claim")).click();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(10)).until(d -> "article".equals(
                d.findElement(By.id("view")).getAttribute("data-ready")));
        assertEquals("1", browser().one("li.claim.active").getAttribute("data-index"));
        String lit = (String) browser().script("return Array.from(document.querySelectorAll('.m-claim.active'))"
                + ".map(n => n.textContent).join('')");
        assertEquals(AccountStories.USA_CONTENT, lit);
    }

    @Test
    void a_sides_position_links_to_its_evidence() {
        assertEquals("accounts", browser().open("#/accounts?scope=store&relation=conflict"));
        WebElement prk = account("store", "PRK").findElement(By.cssSelector(".side[data-side=PRK]"));
        assertTrue(prk.findElement(By.tagName("h4")).getText().startsWith("Positions PRK holds (1"),
                prk.findElement(By.tagName("h4")).getText());
        prk.findElement(By.cssSelector("li.position a.open-position")).click();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(10)).until(d -> "article".equals(
                d.findElement(By.id("view")).getAttribute("data-ready")));
        assertEquals("1", browser().one("li.position.active").getAttribute("data-index"));
        assertEquals("sanctions relief step by step", browser().script(
                "return Array.from(document.querySelectorAll('.m-position.active')).map(n => n.textContent).join('')"));
    }

    @Test
    void article_view_lays_claims_and_positions_on_the_text_and_links_its_accounts() {
        assertEquals("article", browser().open("#/article?id=" + AccountStories.FIRST));
        assertEquals(4, browser().all("sup.tag-claim").size(), "a label per claim");
        assertTrue(browser().all("sup.tag-claim").get(0).getText().contains("PRKGOV negative"));
        assertEquals(2, browser().all("sup.tag-position").size());
        assertEquals(4, browser().all("ol.claim-list li.claim").size());
        assertEquals(2, browser().all("ol.position-list li.position").size());
        List<WebElement> accounts = browser().all("ol.account-list li.account-link");
        assertEquals(2, accounts.size());
        assertTrue(accounts.get(0).getText().contains("PRK"), accounts.get(0).getText());
        browser().all("ol.position-list li.position").get(1).click();
        assertEquals("sanctions relief step by step", browser().script(
                "return Array.from(document.querySelectorAll('.m-position.active')).map(n => n.textContent).join('')"));
        browser().screenshot("article-claims");
        accounts.get(0).findElement(By.cssSelector("a.open-accounts")).click();
        new WebDriverWait(browser().driver(), Duration.ofSeconds(10)).until(d -> "accounts".equals(
                d.findElement(By.id("view")).getAttribute("data-ready")));
        List<String> shown = browser().all("article.account").stream().map(a -> a.getAttribute("data-event")).toList();
        assertEquals(List.of(AccountStories.FIRST + "#0", AccountStories.FIRST + "#0"), shown,
                "the conflict and the agreement about that event, and nothing else");
    }

    @Test
    void hostile_claimants_and_claims_render_inert() {
        for (String view : new String[] {"#/accounts", "#/article?id=" + XssStory.ID + "&claim=0"}) {
            String ready = browser().open(view);
            assertFalse("error".equals(ready), view);
            assertNull(browser().script("return window.__pwned"), view + " ran a claim's script");
            assertEquals(0L, browser().script("return document.querySelectorAll('#view script, #view img').length"),
                    view + " has an injected element");
            assertEquals(0L, browser().script("return Array.from(document.querySelectorAll('a[href]'))"
                    + ".filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript')).length"),
                    view + " has a javascript: link");
        }
        browser().open("#/accounts?actor=SWE");
        WebElement hostile = account("article", "SWE");
        String swedish = hostile.findElement(By.cssSelector(".side[data-side=SWE]")).getText();
        assertTrue(swedish.contains("Stockholm " + XssStory.SCRIPT), swedish);
        assertTrue(swedish.contains("the meeting " + XssStory.IMG + " a failure"), swedish);
        assertEquals(List.of("success " + XssStory.SCRIPT), texts(hostile, ".side[data-side=NOR] mark.cue.positive"));
        assertTrue(hostile.findElement(By.cssSelector(".side[data-side=NOR]")).getText()
                .contains("Oslo " + XssStory.IMG));
        browser().screenshot("xss-accounts");
    }
}
