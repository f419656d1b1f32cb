package io.github.claimconflict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuickScanTest {

  /** The scan picocli makes of the arguments. */
  private static Main.Scan picocli(String... args) {
    Main.Scan scan = new Main.Scan();
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand(scan);
    cli.parseArgs(args);
    return scan;
  }

  private static List<Object> options(Main.Scan s) {
    List<Object> o = new ArrayList<>();
    o.add(s.paths);
    o.add(s.format);
    o.add(s.output);
    o.add(s.minConfidence);
    o.add(s.tolerance);
    o.add(s.failOnConflict);
    o.add(s.skipInvalid);
    o.add(s.encoding);
    o.add(s.fields);
    o.add(s.quiet);
    o.add(s.compact);
    return o;
  }

  @Test
  void readsEveryAcceptedListAsPicocliDoes() {
    List<List<String>> tails = List.of(
        List.of(),
        List.of("--format", "json"),
        List.of("--format=html"),
        List.of("--format", "text", "--compact"),
        List.of("--min-confidence", "0.25", "--tolerance=0.1"),
        List.of("--tolerance", "2", "--min-confidence=1"),
        List.of("--output", "out/report.json", "--quiet"),
        List.of("--output=report.txt"),
        List.of("--fail-on-conflict", "--skip-invalid"),
        List.of("--encoding", "windows-1252"),
        List.of("--encoding=latin1", "--format", "json", "--compact", "--quiet"));
    List<List<String>> heads = List.of(
        List.of("articles.jsonl"),
        List.of("-"),
        List.of("a folder", "b.csv", "c=d.txt"),
        List.of("x.md", "--", "y.md"));
    int accepted = 0;
    for (List<String> head : heads) {
      for (List<String> tail : tails) {
        // The options after the paths, and before them.
        for (boolean before : new boolean[] {false, true}) {
          List<String> args = new ArrayList<>();
          args.add("scan");
          args.addAll(before ? tail : head);
          args.addAll(before ? head : tail);
          String[] a = args.toArray(String[]::new);
          Main.Scan quick = QuickScan.parse(a);
          if (head.contains("--")) {
            assertThat(quick).as("%s", args).isNull();
            continue;
          }
          assertThat(quick).as("%s", args).isNotNull();
          assertThat(options(quick)).as("%s", args).isEqualTo(options(picocli(a)));
          accepted++;
        }
      }
    }
    assertThat(accepted).isEqualTo(3 * tails.size() * 2);
  }

  @Test
  void leavesToPicocliWhatNeedsItsJudgement() {
    List<List<String>> refused = List.of(
        List.of("scan"),
        List.of("scan", "--format", "json"),
        List.of("scan", "a.jsonl", "--help"),
        List.of("scan", "-h"),
        List.of("scan", "a.jsonl", "-V"),
        List.of("--version"),
        List.of("claims", "a.jsonl"),
        List.of("eval", "cases.json"),
        List.of("scan", "a.jsonl", "--format", "JSON"),
        List.of("scan", "a.jsonl", "--format"),
        List.of("scan", "a.jsonl", "--format="),
        List.of("scan", "a.jsonl", "--format", "json", "--format", "text"),
        List.of("scan", "a.jsonl", "--quiet", "--quiet"),
        List.of("scan", "a.jsonl", "--quiet=true"),
        List.of("scan", "a.jsonl", "--min-confidence", "-1"),
        List.of("scan", "a.jsonl", "--min-confidence", "1e-2"),
        List.of("scan", "a.jsonl", "--tolerance", "NaN"),
        List.of("scan", "a.jsonl", "--tolerance", "."),
        List.of("scan", "a.jsonl", "--tolerance", "0.1.2"),
        List.of("scan", "a.jsonl", "--output", "--quiet"),
        List.of("scan", "a.jsonl", "--field", "text=body"),
        List.of("scan", "@args.txt"),
        List.of("scan", "a.jsonl", "--encoding", "@x"),
        List.of("scan", "a.jsonl", "-q"),
        List.of("scan", "a.jsonl", "--unknown"),
        List.of("scan", "a.jsonl", "--form", "json"),
        List.of("scan", "a.jsonl", "scan"),
        List.of("scan", "a.jsonl", "help"));
    for (List<String> args : refused) {
      assertThat(QuickScan.parse(args.toArray(String[]::new))).as("%s", args).isNull();
    }
  }

  @Test
  void givesWayToPicocliWhenAPropertyTunesIt() {
    String[] args = {"scan", "a.jsonl"};
    assertThat(QuickScan.parse(args)).isNotNull();
    System.setProperty("picocli.trimQuotes", "true");
    try {
      assertThat(QuickScan.parse(args)).isNull();
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
  }
}
