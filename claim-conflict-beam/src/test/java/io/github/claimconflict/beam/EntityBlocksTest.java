package io.github.claimconflict.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.beam.EntityBlocks.Keyed;
import io.github.claimconflict.scope.ScopeKeys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cutting a large block by names keeps stories whole and parts within the cap. */
class EntityBlocksTest {

  private static final long DAY = LocalDate.of(2024, 3, 4).toEpochDay();

  @Test
  void articlesThatShareANameNearInTimeStayTogether() {
    List<Keyed> articles = List.of(
        new Keyed("a1", DAY, List.of("tarnby", "ilsevarga"), List.of()),
        new Keyed("b1", DAY, List.of("orvik"), List.of()),
        new Keyed("a2", DAY + 1, List.of("ilsevarga"), List.of()),
        new Keyed("b2", DAY + 2, List.of("orvik", "harbourboard"), List.of()),
        new Keyed("a3", DAY + 3, List.of("tarnby"), List.of()));
    Map<String, Integer> parts = EntityBlocks.parts(articles, 3, 2, 7);
    assertThat(parts.get("a1")).isEqualTo(parts.get("a2")).isEqualTo(parts.get("a3"));
    assertThat(parts.get("b1")).isEqualTo(parts.get("b2")).isNotEqualTo(parts.get("a1"));
    // Both groups together would pass the cap of 3: two parts, numbered in date order.
    assertThat(parts.get("a1")).isZero();
    assertThat(parts.get("b1")).isOne();
  }

  @Test
  void aNameSharedAcrossALongPauseLinksNothing() {
    List<Keyed> articles = List.of(
        new Keyed("x", DAY, List.of("tarnby"), List.of()),
        new Keyed("y", DAY + 30, List.of("tarnby"), List.of()),
        new Keyed("z", DAY + 31, List.of("orvik"), List.of()));
    Map<String, Integer> parts = EntityBlocks.parts(articles, 1, 2, 7);
    assertThat(parts).containsEntry("x", 0).containsEntry("y", 1).containsEntry("z", 2);
  }

  @Test
  void aNameCommonAroundAnArticleIsNoLinkAndSmallGroupsArePacked() {
    // Fifty stories of one day, each told twice, all naming the capital: the capital is in every
    // article near in time, so it identifies nothing and the stories stay apart.
    List<Keyed> articles = new ArrayList<>();
    for (int s = 0; s < 50; s++) {
      for (int copy = 0; copy < 2; copy++) {
        articles.add(new Keyed(String.format("s%02d-%d", s, copy), DAY,
            List.of("capital", "story" + s), List.of()));
      }
    }
    Map<String, Integer> parts = EntityBlocks.parts(articles, 10, 2, 7);
    for (int s = 0; s < 50; s++) {
      assertThat(parts.get(String.format("s%02d-0", s)))
          .isEqualTo(parts.get(String.format("s%02d-1", s)));
    }
    // Packed five stories a part.
    assertThat(parts.values()).containsOnly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(parts.values().stream().filter(p -> p == 0)).hasSize(10);
  }

  @Test
  void aGroupOverTheCapIsCutAtDaysAndUndatedArticlesLinkOnlyAmongThemselves() {
    List<Keyed> articles = List.of(
        new Keyed("d1", DAY, List.of("tarnby"), List.of()),
        new Keyed("d2", DAY, List.of("tarnby"), List.of()),
        new Keyed("d3", DAY + 1, List.of("tarnby"), List.of()),
        new Keyed("u1", BlockPlan.UNDATED, List.of("tarnby"), List.of()),
        new Keyed("u2", BlockPlan.UNDATED, List.of("tarnby"), List.of()));
    Map<String, Integer> parts = EntityBlocks.parts(articles, 2, 2, 7);
    assertThat(parts.get("u1")).isEqualTo(parts.get("u2"));
    assertThat(parts.get("d1")).isEqualTo(parts.get("d2")).isNotEqualTo(parts.get("u1"));
    assertThat(parts.get("d3")).isNotEqualTo(parts.get("d1")).isNotEqualTo(parts.get("u1"));
  }

  @Test
  void anEndingLinksOnlyWhereAnArticleNamesItAlone() {
    List<Keyed> articles = List.of(
        new Keyed("p", DAY, List.of("mayatinlwin"), List.of("tinlwin")),
        new Keyed("q", DAY, List.of("tinlwin"), List.of()),
        new Keyed("r", DAY, List.of("harbourboard"), List.of("board")),
        new Keyed("s", DAY, List.of("schoolboard"), List.of("board")));
    // A cap of one: each linked group is a part of its own (one day's group runs past it).
    Map<String, Integer> parts = EntityBlocks.parts(articles, 1, 2, 7);
    assertThat(parts.get("p")).isEqualTo(parts.get("q"));
    assertThat(parts.get("r")).isNotEqualTo(parts.get("s"));
  }

  @Test
  void theKeysOfAnArticleAreTheLibrarysScopeKeys() {
    // What the keys cover is the library's ScopeKeysTest; here, that the block cut uses them.
    Article a = Article.of("k", LocalDate.of(2024, 3, 4), "Mayor Ilse Varga of the Tarnby Harbour"
        + " Board said on Monday that the Tarnby Harbour Board would meet again. Ilse Varga"
        + " spoke to reporters.");
    Keyed keys = NameKeys.of(a, DAY);
    ScopeKeys.NameKeys expected = ScopeKeys.nameKeys(a);
    assertThat(keys.id()).isEqualTo("k");
    assertThat(keys.day()).isEqualTo(DAY);
    assertThat(keys.names()).isNotEmpty().isEqualTo(expected.names());
    assertThat(keys.endings()).isNotEmpty().isEqualTo(expected.endings());
  }
}
