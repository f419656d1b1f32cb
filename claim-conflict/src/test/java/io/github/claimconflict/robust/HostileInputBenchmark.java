package io.github.claimconflict.robust;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Scan time per MB of each hostile input against ordinary prose, as a table of ratios. A
 * benchmark, not a test: run it with {@code mvn -B -P bench verify}. Each input is 1 MB in one
 * article, scanned after a warm-up; the median of seven runs, each after a garbage collection,
 * is reported, since one run's collection of another's garbage is noise of several times.
 */
public final class HostileInputBenchmark {

  private static final int RUNS = 7;

  private HostileInputBenchmark() {}

  /** Prose in the style of news coverage, deterministic from a seed. */
  static String prose(int length, long seed) {
    String[] sentences = {
      "Some 5,000 people gathered in Riverton on Sunday, police said. ",
      "The Central Election Commission annulled the vote after two days of protests. ",
      "\"We will not resign,\" said Prime Minister Anna Holt at a news conference. ",
      "The Birimdik party took more than 26 per cent of the vote, officials said.\n",
      "Hundreds were injured and one person died, the Health Ministry reported. ",
      "Opposition leaders met at the parliament building to discuss a new constitution. ",
      "The march followed a 12-mile route from the station to the harbour gates.\n"};
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder(length + 200);
    while (b.length() < length) {
      b.append(sentences[random.nextInt(sentences.length)]);
    }
    return b.substring(0, length);
  }

  public static void main(String[] args) {
    int mb = HostileInputTest.MEGABYTE;
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("ordinary prose", prose(mb, 7));
    inputs.put("digits and commas", HostileInputTest.repeat("1,234,567,", mb));
    inputs.put("digits, commas, spaces", HostileInputTest.repeat("12,345 6,789 ", mb));
    inputs.put("quote marks", HostileInputTest.repeat("\"\u201c\u201d'\u00ab\u00bb\" ", mb));
    inputs.put("capitalized words",
        HostileInputTest.repeat("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ", mb));
    inputs.put("one unbroken line", prose(mb, 7).replace('\n', ' ').replace(". ", ", "));
    inputs.put("letters and dots", HostileInputTest.repeat("a.", mb));
    inputs.put("unbalanced quotes", HostileInputTest.repeat("He said \u201cwe \u201cwill\u201d "
        + "stay\u201d \u201d \"open never closed\n", mb));
    for (String text : inputs.values()) {
      scan(text); // warm-up
    }
    double base = 0;
    System.out.println("| input | ms per MB | ratio to prose |");
    System.out.println("|---|---|---|");
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      double ms = medianMillis(e.getValue());
      if (base == 0) {
        base = ms;
      }
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f |%n", e.getKey(), ms, ms / base);
    }
  }

  private static double medianMillis(String text) {
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      System.gc();
      long start = System.nanoTime();
      scan(text);
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return times[RUNS / 2];
  }

  private static void scan(String text) {
    List<Article> articles = new ArrayList<>();
    articles.add(Article.of("input", text));
    ConflictDetector.withDefaults().scan(articles);
  }
}
