package attache.spark;

import attache.ingest.InputFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The files the job reads, found on the driver: each input is a Hadoop path or glob (file:, hdfs:,
 * s3a:, …); a folder is walked to any depth and keeps the files whose names give a format the
 * readers know, as {@code process} does with a local folder; a file named on its own is kept
 * whatever its name, so that an unknown format is reported rather than skipped.
 *
 * @param files     the files, each once, in path order
 * @param missing   inputs that matched nothing, with the reason, for the rejected table
 */
record InputListing(List<String> files, List<String[]> missing) {

    static InputListing of(List<String> inputs, Configuration conf) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        List<String[]> missing = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                missing.add(new String[]{input, "no such file or folder"});
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
                    while (walk.hasNext()) {
                        LocatedFileStatus f = walk.next();
                        if (f.isFile() && InputFormat.ofFileName(f.getPath().getName()).isPresent()) {
                            files.add(f.getPath().toString());
                        }
                    }
                } else {
                    files.add(match.getPath().toString());
                }
            }
        }
        return new InputListing(List.copyOf(files), missing);
    }
}
