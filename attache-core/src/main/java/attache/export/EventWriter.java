package attache.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes events in one export format. Implementations keep no state between calls. */
interface EventWriter {

    void write(List<ExportEvent> events, Writer out) throws IOException;
}
