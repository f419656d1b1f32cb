package io.github.claimconflict.align;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.compare.ClaimGroup;
import io.github.claimconflict.compare.Finding;
import io.github.claimconflict.compare.SpellingComparator;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.text.LastFirstMapper;
import io.github.claimconflict.text.Mapper;
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
      out.addAll(new SpellingComparator().compare(g));
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
  void aSurnameAloneSpeltOtherwiseJoinsTheTitledFullName() {
    // no full name ends in "Vardouni" as written; the one that ends in its spelling is a person's
    List<NameClaim> claims = read(
        "President Kemal Varduni spoke on Monday.",
        "Crowds cheered as Vardouni arrived.",
        "Later that day, Vardouni left the city.");
    assertThat(groups(claims)).containsExactly(List.of("Kemal Varduni", "Vardouni"));
    assertThat(conflicts(claims)).singleElement().satisfies(f -> {
      assertThat(f.topic()).isEqualTo("spelling of Vardouni");
      assertThat(f.positions()).hasSize(2);
    });
  }

  @Test
  void aPlaceAloneIsNoShortFormOfABodyEndingInItsSpelling() {
    // no title anywhere: "Dravonia" is a place, and the bank ending in its spelling no person
    List<NameClaim> claims = read(
        "Floods hit Dravonia on Monday.",
        "The Central Bank of Dravonija said so.");
    assertThat(groups(claims)).isEmpty();
  }

  @Test
  void oneArticleWritingOneNameTwoWaysIsAConflict() {
    // a slip beside the right spelling in one source is still a misspelling a reader sees
    List<NameClaim> claims = read(
        "Mayor Petra Ilvarona opened the bridge. Later Mayor Petra Ilvaorna left.");
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

  @Test
  void oneOfficeSetOffBesideTwoSurnamesMakesThemOnePerson() {
    List<NameClaim> claims = read(
        "Rescuers worked all night, said Ilker Tosun, the mayor of Varnesk, on Monday.",
        "The mayor of Varnesk, Ilker Osun, said the road was closed.");
    assertThat(groups(claims)).containsExactly(List.of("Ilker Osun", "Ilker Tosun"));
    assertThat(conflicts(claims)).hasSize(1);
  }

  @Test
  void anOfficeDoesNotJoinOtherGivenNamesOrOtherOffices() {
    assertThat(groups(read(
        "Rescuers worked all night, said Ilker Tosun, the mayor of Varnesk, on Monday.",
        "The mayor of Varnesk, Emre Tosan, said the road was closed."))).isEmpty();
    assertThat(groups(read(
        "Rescuers worked all night, said Ilker Tosun, the mayor of Varnesk, on Monday.",
        "The governor of Lindau, Ilker Osun, said the road was closed."))).isEmpty();
  }

  @Test
  void anExonymInAnArticleOfAnotherLanguageIsNoMisspelling() {
    List<NameClaim> claims = read(
        "The talks in Moscow ended on Monday and the delegation said that it would return to "
            + "Moscow after the vote, which was held in the capital of the country.",
        "Die Gespräche in Moskau endeten am Montag, und die Delegation sagte, sie werde nach "
            + "der Wahl nach Moskau zurückkehren, die in der Hauptstadt des Landes stattfand.");
    assertThat(groups(claims)).noneMatch(g -> g.contains("Moskau"));
  }

  @Test
  void aPersonsNameInAnotherLanguageIsComparedAtLowerConfidence() {
    String english = "The opposition leader Svetlana Marovskaya said that she was safe and "
        + "that she had left the country with her children after the vote.";
    List<NameClaim> sameLanguage = read(english,
        "The opposition leader Svetlana Marowskaya said that she was safe and that she had "
            + "left the country with her children after the vote.");
    List<NameClaim> otherLanguage = read(english,
        "Die Oppositionsführerin Svetlana Marowskaya sagte, sie sei in Sicherheit und habe das "
            + "Land nach der Wahl mit ihren Kindern verlassen, die auch in Sicherheit sind.");
    assertThat(conflicts(sameLanguage)).singleElement().satisfies(same ->
        assertThat(conflicts(otherLanguage)).singleElement()
            .satisfies(other -> assertThat(other.confidence()).isLessThan(same.confidence())));
  }

  @Test
  void aGivenNameMisspeltBesideTheSurnameAloneInOneArticleIsOnePerson() {
    List<NameClaim> claims = read(
        "The estimate came from Chief Supt Elmer Castel on Sunday.",
        "Police chief Elmer Castel gave the first estimate. Castel was later moved to the "
            + "capital, a spokesman said of Elma Castel on Thursday.");
    assertThat(groups(claims)).containsExactly(List.of("Castel", "Elma Castel", "Elmer Castel"));
    assertThat(conflicts(claims)).hasSize(1);
  }

  @Test
  void nearGivenNamesWithoutThatEvidenceOrOfTheOtherSexAreTwoPeople() {
    assertThat(groups(read(
        "The estimate came from Chief Supt Elmer Castel on Sunday.",
        "Police chief Elmer Castel gave the first estimate. A spokesman said Elma Castel "
            + "was moved to the capital on Thursday.")))
        .noneMatch(g -> g.contains("Elma Castel"));
    assertThat(groups(read(
        "The estimate came from Daniel Castel on Sunday.",
        "Daniel Castel gave the first estimate. Castel and his sister Daniela Castel left.")))
        .noneMatch(g -> g.contains("Daniela Castel"));
    assertThat(NameAligner.nearGivenNames("elmer", "elma")).isTrue();
    assertThat(NameAligner.nearGivenNames("mario", "maria")).isFalse();
    assertThat(NameAligner.nearGivenNames("louis", "louise")).isFalse();
    assertThat(NameAligner.nearGivenNames("elena", "elisa")).isFalse();
  }
  @Test
  void aChainOfAlikeGivenNamesIsSplitWhereItJoinsTwoPeople() {
    // Orvit and Orvut are alike, and so are Orvut, Orvuth and Oryuth, one to the next; but
    // Orvit is the minister Kalsang, Orvut the spokesman Tanasiri and Oryuth the premier
    // Benjapon: three people, and only the spokesman's name is written two ways.
    List<NameClaim> claims = read(
        "Defence Minister Orvit Kalsang spoke on Monday. Later Orvit said the blast was a "
            + "crime. Police spokesman Orvuth said two more devices were found.",
        "Police Lt Gen Orvut Tanasiri said the footage was checked. Orvut said the bomber "
            + "was still unknown.",
        "Prime Minister Oryuth Benjapon spoke. In an address, Oryuth pledged to find them.");
    List<List<String>> groups = groups(claims);
    assertThat(groups).contains(List.of("Orvut", "Orvuth"));
    assertThat(groups).noneMatch(g -> g.contains("Orvit") && g.contains("Orvut"));
    assertThat(groups).noneMatch(g -> g.contains("Orvuth") && g.contains("Oryuth"));
    assertThat(conflicts(claims)).singleElement().satisfies(f -> assertThat(
        f.positions().stream().map(p -> p.value()).toList())
        .containsExactlyInAnyOrder("Orvut", "Orvuth"));
    // Without the full names nothing says they are two people: the chain stands.
    List<NameClaim> alone = read(
        "Later Orvit said the blast was a crime. Police spokesman Orvuth said more was found.",
        "Police Lt Gen Orvut said the footage was checked. Orvut said the bomber was unknown.");
    assertThat(groups(alone)).contains(List.of("Orvit", "Orvut", "Orvuth"));
  }

  @Test
  void aPlaceWithItsHeadNounInLowerCaseMeetsItsCapitalizedForm() {
    // "Varta Selimi airport" is the place "Varta Selimi Airport": a slip in it is a conflict,
    // the noun's case alone is none.
    List<NameClaim> slip = read(
        "The controller was on duty at the Varta Selimie airport when the quake struck.",
        "The tower at Varta Selimi Airport in Norvik was damaged by the quake.");
    assertThat(groups(slip)).contains(List.of("Varta Selimi Airport", "Varta Selimie"));
    assertThat(conflicts(slip)).singleElement().satisfies(f -> assertThat(f.explanation())
        .contains("selimi/selimie"));
    List<NameClaim> caseOnly = read(
        "The controller was on duty at the Varta Selimi airport when the quake struck.",
        "The tower at Varta Selimi Airport in Norvik was damaged by the quake.");
    assertThat(groups(caseOnly)).contains(List.of("Varta Selimi", "Varta Selimi Airport"));
    assertThat(conflicts(caseOnly)).isEmpty();
    // Another capitalized noun, or none written after the shorter name, is another place.
    assertThat(groups(read(
        "The controller was on duty at the Varta Selimie terminal when the quake struck.",
        "The tower at Varta Selimi Airport in Norvik was damaged by the quake.")))
        .noneMatch(g -> g.contains("Varta Selimi Airport"));
    assertThat(groups(read(
        "The Varta Selimie hotel was damaged when the quake struck.",
        "The tower at Varta Selimi Airport in Norvik was damaged by the quake.")))
        .noneMatch(g -> g.contains("Varta Selimi Airport"));
  }

  @Test
  void aNameCutForTheScopeStageKeepsItsOfficeAndItsAlignment() {
    List<NameClaim> claims = read(
        "Rescuers worked all night near the old bridge, said Ilker Tosun, the mayor of Varnesk, "
            + "on Monday, while Ms Dilan Arkat of the harbour office counted the boats.",
        "The mayor of Varnesk, Ilker Osun, said the road was closed and that Dilan Arkat "
            + "would speak later in the day, once the divers had come back from the river.");
    List<NameClaim> cut = claims.stream().map(NameAligner::forScope).toList();
    for (int i = 0; i < claims.size(); i++) {
      NameClaim c = claims.get(i);
      NameClaim k = cut.get(i);
      assertThat(NameAligner.offices(List.of(k))).isEqualTo(NameAligner.offices(List.of(c)));
      assertThat(k.evidence().sentence()).hasSizeLessThan(c.evidence().sentence().length());
      assertThat(List.of(k.surface(), k.role(), k.evidence().start(), k.evidence().end()))
          .isEqualTo(List.of(c.surface(), c.role(), c.evidence().start(), c.evidence().end()));
    }
    // Only a name that holds an office keeps words beside it.
    assertThat(cut).filteredOn(k -> !NameAligner.offices(List.of(k)).isEmpty()).hasSize(2);
    assertThat(cut).filteredOn(k -> NameAligner.offices(List.of(k)).isEmpty())
        .allSatisfy(k -> assertThat(k.evidence().sentence()).isEqualTo(k.surface()));
    assertThat(groups(cut)).isEqualTo(groups(claims)).contains(List.of("Ilker Osun", "Ilker Tosun"));
  }

  @Test
  void aSlipInTheFirstConsonantOfANameThatStartsWithAVowelStillMeetsIt() {
    List<NameClaim> claims = read(
        "Mr Anselmo Gutera stayed in the control tower of Marvento airport until the plane left.",
        "Aselmo Gutera, 21, stayed in the tower. Gutera died in hospital on Saturday.",
        "Anselmo Gutera was praised by the airport's staff on Sunday.");
    assertThat(groups(claims)).contains(List.of("Anselmo Gutera", "Aselmo Gutera", "Gutera"));
    // The surname alone stands under both spellings, so it speaks for neither.
    assertThat(conflicts(claims)).singleElement().satisfies(f -> assertThat(
        f.positions().stream().map(p -> p.value() + " " + p.articles()).toList())
        .containsExactly("Anselmo Gutera [a0, a2]", "Aselmo Gutera [a1]"));
  }

  @Test
  void aMapperOnOtherThreadsGivesTheSameGroups() throws Exception {
    // Over PAIRWISE_BLOCK spellings in each of two blocks (two words, first consonant K or
    // M), each written again with one letter changed, so that the sets come from neighbourhoods.
    String[] given = {"Karel", "Kamil", "Konrad", "Kasia", "Kuba", "Kinga", "Kacper", "Klara",
        "Marek", "Milena", "Mateusz", "Monika"};
    String[] family = {"Novaro", "Pelleti", "Rostand", "Dumiral", "Vescari", "Lorrent", "Mabrini",
        "Seltano", "Ferrost", "Gavardi", "Halvini", "Tordesco", "Brevani", "Cortelli", "Zanetto",
        "Orsolan", "Quimbra", "Jastreno", "Ulvesti", "Wendrani", "Yarrosi", "Pinaldo", "Rivocci",
        "Sabretti", "Tavelli", "Vornasi", "Lumbardi", "Merovil", "Nestrali", "Olvarin"};
    List<NameClaim> claims = new ArrayList<>();
    int n = 0;
    for (String g : given) {
      for (String f : family) {
        for (String written : List.of(g + " " + f, g + " " + f.substring(0, 3) + "e"
            + f.substring(4))) {
          String sentence = written + " spoke.";
          claims.add(new NameClaim(new io.github.claimconflict.claim.Evidence("a" + (n % 7), 0,
              written.length(), sentence, 0), written, java.util.Optional.empty()));
          n++;
        }
      }
    }
    try (LastFirstMapper threads = new LastFirstMapper()) {
      NameAligner aligner = new NameAligner(RESOLVER);
      List<ClaimGroup<NameClaim>> inTurn = aligner.align("E1", claims);
      assertThat(inTurn).hasSizeGreaterThan(given.length * family.length / 2);
      assertThat(aligner.align("E1", claims, threads)).isEqualTo(inTurn);
      // Windows of a few blocks each: every block's sets are still compared.
      assertThat(aligner.align("E1", claims, threads, 30)).isEqualTo(inTurn);
      assertThat(aligner.align("E1", claims, Mapper.IN_TURN, 1)).isEqualTo(inTurn);
      // Pairs judged a few at a time, each batch's links made before the next is chosen.
      assertThat(aligner.align("E1", claims, threads, NameAligner.WINDOW, 7)).isEqualTo(inTurn);
      assertThat(aligner.align("E1", claims, Mapper.IN_TURN, NameAligner.WINDOW,
          300)).isEqualTo(inTurn);
    }
  }
}
