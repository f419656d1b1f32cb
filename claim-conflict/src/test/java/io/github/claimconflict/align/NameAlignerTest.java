package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.compare.Finding;
import io.github.claimconflict.compare.SpellingComparator;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.names.EntityResolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the names of one event group into entities, and which groups are spelling conflicts. */
class NameAlignerTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static List<NameClaim> read(String... texts) {
    List<NameClaim> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.addAll(new NameExtractor().extract(Article.of("a" + i, texts[i])));
    }
    return out;
  }

  private static List<List<String>> groups(List<NameClaim> claims) {
    return new NameAligner(RESOLVER).align("E1", claims).stream()
        .map(g -> g.claims().stream().map(NameClaim::surface).distinct().sorted().toList())
        .toList();
  }

  private static List<Finding> conflicts(List<NameClaim> claims) {
    List<Finding> out = new ArrayList<>();
    for (ClaimGroup<NameClaim> g : new NameAligner(RESOLVER).align("E1", claims)) {
      out.addAll(new SpellingComparator(RESOLVER).compare(g));
    }
    return out;
  }

  @Test
  void aPersonsSurnameAloneJoinsTheFullName() {
    List<NameClaim> claims = read(
        "Officials met Daryna Kovalchuk there. Later Ms Kovalchuk left.",
        "Officials met Daryna Kavalchuk there. Later Kavalchuk left.");
    assertThat(groups(claims)).containsExactly(List.of("Daryna Kavalchuk", "Daryna Kovalchuk",
        "Kavalchuk", "Kovalchuk"));
    assertThat(conflicts(claims)).singleElement()
        .satisfies(f -> assertThat(f.positions()).hasSize(2));
  }

  @Test
  void aSurnameTwoPeopleShareStaysApart() {
    List<NameClaim> claims = read(
        "Mr Bohdan Melnyk and Ms Olena Melnyk spoke. Melnyk left.",
        "Olena Melnik stayed.");
    assertThat(groups(claims)).noneMatch(g -> g.contains("Melnyk"));
  }

  @Test
  void aShorterFormOrAGenerationIsNoConflict() {
    assertThat(conflicts(read("President Tomas Arrieta III spoke.",
        "President Tomas Arrieta spoke. Arrieta left."))).isEmpty();
    assertThat(conflicts(read("Minister Halvard Roen spoke.", "Roen left, said Mr Roen."))).isEmpty();
  }

  @Test
  void anEastAsianNameInEitherOrderIsOneSpelling() {
    assertThat(conflicts(read("Captain Baek Jun-ho spoke.", "Captain Jun-ho Baek spoke.",
        "Captain Baek Jun Ho spoke."))).isEmpty();
    assertThat(conflicts(read("Captain Baek Joon-ho spoke.", "Captain Jun-ho Baek spoke.")))
        .singleElement().satisfies(f -> assertThat(f.explanation())
            .contains("transliteration variant"));
  }
}
