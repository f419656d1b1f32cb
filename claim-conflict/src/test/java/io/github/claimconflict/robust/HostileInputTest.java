package io.github.claimconflict.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ScanReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text a crawler really scrapes, and worse: each is scanned without an exception, and every
 * guarantee of {@link Invariants} holds. How fast each goes is measured by {@link
 * HostileInputBenchmark}, not here.
 */
class HostileInputTest {

  static final int MEGABYTE = 1 << 20;

  /** {@code unit} repeated to {@code length} characters. */
  static String repeat(String unit, int length) {
    StringBuilder b = new StringBuilder(length + unit.length());
    while (b.length() < length) {
      b.append(unit);
    }
    return b.substring(0, length);
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("1 MB of digits and commas", repeat("1,234,567,", MEGABYTE)),
        Arguments.of("1 MB of digits, commas and spaces", repeat("12,345 6,789 ", MEGABYTE)),
        Arguments.of("1 MB of quote marks", repeat("\"\u201c\u201d'\u00ab\u00bb\" ", MEGABYTE)),
        Arguments.of("1 MB of capitalized words",
            repeat("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ", MEGABYTE)),
        Arguments.of("1 MB of one unbroken line", repeat("About 5,000 people gathered in "
            + "Riverton, \"we will stay\" said Anna Holt, and Birimdik took 26 per cent ",
            MEGABYTE)),
        Arguments.of("1 MB of letters and dots", repeat("a.", MEGABYTE)),
        Arguments.of("unbalanced and nested quotes", repeat("He said \u201cwe \u201cwill\u201d "
            + "stay\u201d \u201d \u201c\u201c\"\" \"open never closed\n", 50_000)),
        Arguments.of("numbers too large for a long", "About 99999999999999999999999999 people "
            + "gathered; " + "9".repeat(400) + " were injured; 1e400 and "
            + "1,000,000,000,000,000,000,000,000 died."),
        Arguments.of("NUL bytes", "Some 5,000\u0000 people\u0000 gathered.\u0000\u0000 \"a\u0000b\""),
        Arguments.of("CRLF line ends", "Title\r\n\r\nSome 5,000 people gathered.\r\n"
            + "\"We will stay,\" said Anna Holt.\r\n"),
        Arguments.of("right-to-left text", "\u0627\u0644\u0627\u0646\u062a\u062e\u0627\u0628\u0627"
            + "\u062a 5,000 \u0634\u062e\u0635 \u200f\"\u0646\u0639\u0645\"\u200f said Anna Holt."),
        Arguments.of("emoji and combining marks", "\uD83D\uDD25 Some 5,000 \uD83D\uDC65 gathered "
            + "in Zu\u0308rich. \"Nous re\u0301sisterons \uD83D\uDCAA,\" said Ame\u0301lie Dupont."),
        Arguments.of("lone surrogates", "Some \uD83D 5,000 people \uDC65 gathered."),
        Arguments.of("only white space and punctuation", repeat(" .,;:!?-\u2014()[]", 100_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void scansHostileTextKeepingEveryGuarantee(String name, String text) {
    List<Article> input = List.of(Article.of("hostile", text),
        Article.of("prose", "Some 5,000 people gathered in Riverton, police said."));
    ScanReport report = ConflictDetector.withDefaults().scan(input);
    Invariants.check(input, report);
  }

  @Test
  void anEmptyArticleIsSkippedWithItsReason() {
    List<Article> input = List.of(Article.of("empty", ""), Article.of("blank", " \n\t "));
    ScanReport report = ConflictDetector.withDefaults().scan(input);
    assertThat(report.skipped()).extracting(s -> s.reason()).containsOnly("no text");
    Invariants.check(input, report);
  }

  @Test
  void tenThousandTinyArticles() {
    List<Article> input = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      input.add(Article.of("a" + i, (i % 7 == 0 ? "About " : "Some ") + (1000 + i % 13 * 500)
          + " people gathered in Riverton on Sunday, said Anna Holt" + (i % 3 == 0 ? "" : "e")
          + "."));
    }
    ScanReport report = ConflictDetector.withDefaults().scan(input);
    assertThat(report.articles()).hasSize(10_000);
    Invariants.check(input, report);
  }

  @Test
  void noExceptionEscapesForAnArticleTheExtractorsCannotRead() {
    // An id-only article of odd text still comes back scanned or skipped, never lost.
    List<Article> input = List.of(Article.of("odd", "\uFFFF\uFFFE\u0000\uD800"));
    Invariants.check(input, ConflictDetector.withDefaults().scan(input));
  }
}
