package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.extract.QuantityExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which figures of one event are set against each other, by the moment each states. */
class QuantityAlignerTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<ClaimGroup<QuantityClaim>> align(String first, String second) {
    List<QuantityClaim> claims = new ArrayList<>(EXTRACTOR.extract(Article.of("a", first)));
    claims.addAll(EXTRACTOR.extract(Article.of("b", second)));
    return new QuantityAligner().align("E1", claims);
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Some 8,000 people marched on Saturday morning. | Some 30,000 people marched on Saturday.         | false
      Some 8,000 people marched on Saturday morning. | Some 9,000 people marched on Saturday morning. | true
      Some 8,000 people marched at 11 a.m. on Saturday. | Some 20,000 people marched at 3 p.m. on Saturday. | false
      Some 8,000 people marched at 11 a.m. on Saturday. | Some 12,000 people marched at 11am on Saturday. | true
      Some 8,000 people marched on Saturday.         | Some 30,000 people marched on Saturday.         | true
      Some 8,000 people marched.                     | Some 30,000 people marched on Saturday morning. | true
      """)
  void figuresAreComparedOnlyAtOneMoment(String first, String second, boolean compared) {
    boolean together = align(first, second).stream()
        .anyMatch(g -> g.claims().stream().map(QuantityClaim::articleId).distinct().count() == 2);
    assertThat(together).isEqualTo(compared);
  }
}
