package io.github.claimconflict.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.extract.QuantityExtractor;
import io.github.claimconflict.extract.QuoteExtractor;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the extractors and the whole scan over generated articles. */
class ScanPropertiesTest {

  /** Fragments of news prose, figures, names and quotes, so that generated scans conflict. */
  private static final List<String> FRAGMENTS = List.of(
      "Some 5,000 people gathered in Riverton on Sunday.",
      "About 4,000 people gathered in Riverton on Sunday, police said.",
      "Organisers said 20,000 people marched through Riverton.",
      "Hundreds were injured and one person died.",
      "At least 12 people were killed.",
      "Only four parties out of 16 passed the 7% threshold.",
      "Just five of the 16 parties won seats.",
      "The Birimdik party took more than 26 per cent of the vote.",
      "The Birmidik party took about 40 percent of the vote.",
      "\"Fundamental rights were overall respected,\" said the Organisation for Security and "
          + "Cooperation in Europe.",
      "\"Fundamental rights were fully respected,\" said the Organization for Security and "
          + "Co-operation in Europe.",
      "President Sooronbai Jeenbekov called a meeting.",
      "President Suronbai Jinbekov called a meeting.",
      "The march followed a 12-mile route.",
      "The march followed a 30 km route.",
      "\u201cWe will stay,\u201d he said, \u201cuntil the end.\u201d ",
      "Follow us on social media",
      "\n\n",
      "29 Nov 2021\n");

  @Provide
  Arbitrary<List<Article>> articles() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS).list().ofMinSize(0).ofMaxSize(12)
            .map(parts -> String.join(" ", parts)),
        Arbitraries.strings().all().ofMaxLength(300),
        Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(40))
            .as((f, noise) -> f + noise + f));
    return text.list().ofMinSize(1).ofMaxSize(8).map(texts -> {
      List<Article> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        out.add(Article.of("a" + i, texts.get(i)));
      }
      return out;
    });
  }

  @Property(tries = 150)
  void everyArticleIsAccountedForAndEvidencePointsAtItsWords(
      @ForAll("articles") List<Article> input) {
    Invariants.check(input, ConflictDetector.withDefaults().scan(input));
  }

  @Property(tries = 100)
  void shufflingTheArticlesGivesTheSameReport(@ForAll("articles") List<Article> input,
      @ForAll long seed) {
    List<Article> shuffled = new ArrayList<>(input);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(JsonReport.write(ConflictDetector.withDefaults().scan(shuffled)))
        .isEqualTo(JsonReport.write(ConflictDetector.withDefaults().scan(input)));
  }

  @Property(tries = 100)
  void theSameInputGivesByteIdenticalJson(@ForAll("articles") List<Article> input) {
    ScanReport first = ConflictDetector.withDefaults().scan(input);
    ScanReport second = ConflictDetector.withDefaults().scan(List.copyOf(input));
    assertThat(JsonReport.write(second)).isEqualTo(JsonReport.write(first));
  }

  @Property(tries = 300)
  void extractorsAcceptAnyTextAndPointInsideIt(@ForAll String text) {
    Article a = Article.of("t", text);
    new QuantityExtractor().extract(a).forEach(c ->
        assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.surface()));
    new NameExtractor().extract(a).forEach(c ->
        assertThat(c.evidence().end()).isLessThanOrEqualTo(text.length()));
    new QuoteExtractor().extract(a).forEach(c ->
        assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.surface()));
  }
}
