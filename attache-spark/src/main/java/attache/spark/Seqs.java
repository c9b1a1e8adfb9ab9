package attache.spark;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;

/** Array columns of a {@link org.apache.spark.sql.Row} are Scala sequences; Spark 4's row encoder takes nothing else. */
final class Seqs {

    private Seqs() {
    }

    static <T> Seq<T> of(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }
}
