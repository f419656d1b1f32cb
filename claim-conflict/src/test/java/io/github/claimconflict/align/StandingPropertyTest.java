package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.extract.QuantityExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unplaced figure of a standing thing is set against every placed group it fits, on sentences
 * of our own: one article places the building in its town, two in its country.
 */
class StandingPropertyTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<ClaimGroup<QuantityClaim>> align(String... texts) {
    List<QuantityClaim> claims = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      claims.addAll(EXTRACTOR.extract(Article.of("a" + i, texts[i])));
    }
    return new QuantityAligner().align("E1", claims);
  }

  /** Whether some group holds the figures of articles {@code x} and {@code y}. */
  private static boolean together(List<ClaimGroup<QuantityClaim>> groups, String x, String y) {
    return groups.stream().anyMatch(g -> g.claims().stream().anyMatch(c -> c.articleId().equals(x))
        && g.claims().stream().anyMatch(c -> c.articleId().equals(y)));
  }

  @Test
  void anUnplacedBuildingFigureMeetsTheLonePlacedOne() {
    List<ClaimGroup<QuantityClaim>> groups = align(
        "Rescuers searched the nine-storey building that collapsed in Varnby.",
        "Rescuers searched the eight-storey building that collapsed in Ostland.",
        "Rescuers searched the eight-storey building that collapsed in Ostland.",
        "Rescuers searched the eight-storey building that collapsed.");
    assertThat(together(groups, "a0", "a3")).isTrue();
    assertThat(together(groups, "a1", "a3")).isTrue();
    assertThat(together(groups, "a0", "a1")).isFalse(); // two places named: still kept apart
  }

  @Test
  void anUnplacedCrowdStillJoinsOnlyTheLargestGroup() {
    List<ClaimGroup<QuantityClaim>> groups = align(
        "Some 900 people gathered in Varnby.",
        "Some 8,000 people gathered in Ostland.",
        "Some 8,500 people gathered in Ostland.",
        "Some 8,000 people gathered.");
    assertThat(together(groups, "a1", "a3")).isTrue();
    assertThat(together(groups, "a0", "a3")).isFalse();
  }
}
