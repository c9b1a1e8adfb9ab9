package attache.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The shapes of the rows between the job's two steps and of its tables. Column names follow the
 * store's tables ({@code docs/store.md}) where they hold the same thing, so that SQL written for one
 * reads the other.
 */
final class Schemas {

    private Schemas() {
    }

    /** A boilerplate span an HTML reader marked as page layout. */
    static final StructType LAYOUT = struct(
            field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
            field("kind", DataTypes.StringType), field("text", DataTypes.StringType));

    /** What reading one input record gave: an article, or (reason set) a rejection of {@code origin}. */
    static final StructType INPUT = struct(
            field("id", DataTypes.StringType), field("url", DataTypes.StringType),
            field("published", DataTypes.StringType), field("title", DataTypes.StringType),
            field("text", DataTypes.StringType), field("origin", DataTypes.StringType),
            field("layout", DataTypes.createArrayType(LAYOUT)), field("reason", DataTypes.StringType));

    /** One coded event, with the store's {@code events} columns. */
    static final StructType EVENT = struct(
            field("event_id", DataTypes.StringType), field("idx", DataTypes.IntegerType),
            field("global_event_id", DataTypes.LongType),
            field("source_name", DataTypes.StringType), field("source_code", DataTypes.StringType),
            field("source_country", DataTypes.StringType), field("source_agent", DataTypes.StringType),
            field("source_start", DataTypes.IntegerType), field("source_end", DataTypes.IntegerType),
            field("target_name", DataTypes.StringType), field("target_code", DataTypes.StringType),
            field("target_country", DataTypes.StringType), field("target_agent", DataTypes.StringType),
            field("target_start", DataTypes.IntegerType), field("target_end", DataTypes.IntegerType),
            field("type", DataTypes.StringType), field("mode", DataTypes.StringType),
            field("cameo", DataTypes.StringType), field("cameo_root", DataTypes.StringType),
            field("cameo_name", DataTypes.StringType), field("quad_class", DataTypes.IntegerType),
            field("goldstein", DataTypes.DoubleType),
            field("event_date", DataTypes.StringType), field("date_text", DataTypes.StringType),
            field("date_source", DataTypes.StringType), field("date_start", DataTypes.IntegerType),
            field("date_end", DataTypes.IntegerType),
            field("place", DataTypes.StringType), field("place_country", DataTypes.StringType),
            field("place_start", DataTypes.IntegerType), field("place_end", DataTypes.IntegerType),
            field("negated", DataTypes.BooleanType), field("modality", DataTypes.StringType),
            field("claimant_name", DataTypes.StringType), field("claimant_code", DataTypes.StringType),
            field("claimant_start", DataTypes.IntegerType), field("claimant_end", DataTypes.IntegerType),
            field("sentence", DataTypes.IntegerType),
            field("trigger_start", DataTypes.IntegerType), field("trigger_end", DataTypes.IntegerType),
            field("trigger_text", DataTypes.StringType),
            field("evidence_start", DataTypes.IntegerType), field("evidence_end", DataTypes.IntegerType),
            field("evidence_text", DataTypes.StringType),
            field("pattern", DataTypes.StringType), field("confidence", DataTypes.DoubleType));

    /** One sentence of evidence of an event, as the store's {@code event_mentions}. */
    static final StructType MENTION = struct(
            field("event_id", DataTypes.StringType), field("event_idx", DataTypes.IntegerType),
            field("idx", DataTypes.IntegerType),
            field("sentence", DataTypes.IntegerType), field("start_char", DataTypes.IntegerType),
            field("end_char", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("confidence", DataTypes.DoubleType));

    /** One quote, as the store's {@code quotes}. */
    static final StructType QUOTE = struct(
            field("idx", DataTypes.IntegerType), field("text", DataTypes.StringType),
            field("start_char", DataTypes.IntegerType), field("end_char", DataTypes.IntegerType),
            field("speaker", DataTypes.StringType), field("speaker_start", DataTypes.IntegerType),
            field("speaker_end", DataTypes.IntegerType), field("speaker_actor_code", DataTypes.StringType),
            field("speaker_actor_country", DataTypes.StringType), field("speaker_actor_agent", DataTypes.StringType));

    /** An analysed article (reason null) or a rejection, with every table's rows for it. */
    static final StructType RESULT = struct(
            field("id", DataTypes.StringType), field("origin", DataTypes.StringType),
            field("reason", DataTypes.StringType), field("url", DataTypes.StringType),
            field("published", DataTypes.StringType), field("title", DataTypes.StringType),
            field("body", DataTypes.StringType), field("document", DataTypes.StringType),
            field("events", DataTypes.createArrayType(EVENT)),
            field("mentions", DataTypes.createArrayType(MENTION)),
            field("quotes", DataTypes.createArrayType(QUOTE)),
            field("gdelt", DataTypes.createArrayType(DataTypes.StringType)),
            field("gdelt_mentions", DataTypes.createArrayType(DataTypes.StringType)),
            field("plover", DataTypes.createArrayType(DataTypes.StringType)));

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
