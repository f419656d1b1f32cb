package io.github.claimconflict.input;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * What a folder held: the files read and the files left alone, each counted by kind (".txt",
 * ".pdf", "no extension", "hidden").
 */
public record FolderCount(String folder, Map<String, Integer> read, Map<String, Integer> ignored) {

  public FolderCount {
    requireNonNull(folder, "folder");
    read = ImmutableSortedMap.copyOf(read);
    ignored = ImmutableSortedMap.copyOf(ignored);
  }

  public int filesRead() {
    return read.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int filesIgnored() {
    return ignored.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** "fixtures/: read 3 files (2 .txt, 1 .html); ignored 1 (1 .pdf)". */
  public String describe() {
    int r = filesRead();
    int i = filesIgnored();
    return folder + ": read " + r + (r == 1 ? " file" : " files") + counts(read) + "; ignored "
        + (i == 0 ? "none" : i + counts(ignored));
  }

  private static String counts(Map<String, Integer> byKind) {
    if (byKind.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (");
    byKind.forEach((k, n) -> b.append(b.length() > 2 ? ", " : "").append(n).append(' ').append(k));
    return b.append(')').toString();
  }
}
