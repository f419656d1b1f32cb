package io.github.claimconflict.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs of wordings of one statement, as two outlets print them, and the verdict on each. */
class QuoteComparisonTest {

  private static final QuoteComparator COMPARATOR = new QuoteComparator();

  private static QuoteClaim quote(String article, String words) {
    return new QuoteClaim(new Evidence(article, 0, words.length(), words, 0), words,
        Optional.of("Speaker"));
  }

  private static List<Finding> compare(String a, String b) {
    return COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(quote("a", a),
        quote("b", b))));
  }

  @ParameterizedTest(name = "[{index}] {2}: {0} ~ {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      fundamental rights and freedoms were overall respected       | fundamental rights and freedoms were fully respected | conflict
      credible allegations of vote buying remain a serious concern | credible allegations of vote-buying are a matter of grave concern | conflict
      calm their supporters down and take them away                | calm their supporters down and take them away from areas of mass gathering | agree
      credible allegations of vote-buying.                         | credible allegations of vote buying remain a serious concern | agree
      The president promised to oversee honest elections. He didn't keep his word | The president promised to oversee honest elections. He didn’t keep his word | agree
      We will not resign under any pressure from the street        | We will resign under pressure from the street | conflict
      The economy is recovering strongly this year                 | The economy is recovering slowly this year | conflict
      The Organisation will monitor the elections closely          | The Organization will monitor the elections closely | agree
      Votes were stolen from our party                             | Votes were stolen from [our party] | agree
      Pressure on the voters, intimidation of the voters, bribing  | Pressure on voters, intimidation of voters, bribery | low
      There will be no compromise with the protesters in the capital | There will be a compromise with the protesters in the capital | conflict
      all votes were counted fairly and openly                     | some votes were counted fairly and openly | conflict
      The bridge fell because of some neglect and haste            | The bridge fell because of neglect and haste         | low
      The results are legitimate and final                         | The results are legitimate and final | agree
      We intend to seek the dismissal of the president from his post | We intend to seek the dismissal of the president | agree
      the vote was generally well-organised                        | the vote was generally well organized | agree
      the police acted with restraint during the protest           | the police acted with brutality during the protest | conflict
      The Central Election Commission held a meeting today         | The Central Election Commission held a meeting on Tuesday | conflict
      We will not leave the square until the vote is annulled      | We will leave the square until the vote is annulled | conflict
      so far… taken all the possible measures                      | so far taken all the possible measures to prevent an escalation | agree
      Yesterday we all saw true blindness during the campaign      | We all have witnessed a true lawlessness during the campaign | conflict
      The vote was rigged in favour of the ruling party            | The vote was rigged in favor of the ruling party | agree
      The commission decided to cancel the results at every precinct | The commission decided to cancel the results at the precinct | conflict
      Police used tear gas against the protesters near the square  | Police used the tear gas against protesters near the square | low
      the river rose fast and the bridge closed at noon            | the bridge closed at noon and the roads were cut off | agree
      the river rose and the old stone bridge closed at noon on Friday | the old stone bridge closed at dusk on Friday and the roads were cut off | conflict
      We saw chaos during the storm and the night                  | During the storm and the night we saw panic          | conflict
      The ferry left the harbour at about 6am with the mail         | The ferry left the harbour at around 6 a.m. with the mail | low
      Your bread and your work, general strike                      | For bread and for work, general strike               | conflict
      We only hear the sirens at the very end                       | You only hear the sirens at the very end             | conflict
      I am really sorry for the long delay                          | I'm really sorry for the long delay                  | low
      We'll rebuild the old harbour wall by spring                  | We will rebuild the old harbour wall by spring       | low
      I'd rebuild the old harbour wall by spring                    | I would rebuild the old harbour wall by spring       | low
      The children are safe in the shelter tonight                  | Our children are safe in the shelter tonight         | low
      The ferry left the harbour at 6am with the mail               | The ferry left the harbour at around 6 a.m. with the mail | conflict
      The ferry left the harbour at about 6am with the mail         | The ferry left the harbour at about 6 p.m. with the mail | conflict
      We had a meeting last night (Sunday) with the mayor about the dam | We had a meeting last night with the mayor about the dam | agree
      Svetlana Orlova had no choice but to leave the town          | Sviatlana Orlova had no choice but to leave the town | low
      The dam held. The water is falling. We will go home soon.    | The water is going down. We will go home soon.       | conflict
      The dam held. The water is falling. We will go home soon.    | The water is falling.                                | agree
      We will never give up on the harbour                         | We will always give up on the harbour                | conflict
      The talks on the quay devolved into a fist fight             | The talks on the quay devolved into a fistfight      | low
      we only hear the sirens in the last minutes                  | In last minutes, we only hear the sirens             | low
      we do not hear the sirens in the last minutes                | In the last minutes we hear the sirens, not          | conflict
      They did not get the time they asked for                     | They did get the time they asked for                 | conflict
      We will rebuild the bridge before the winter                 | We will rebuild the school before the summer         | agree
      The water level is falling fast                              | We measure the water level every hour                | agree
      can be read as a wish to sink the ferry                      | aim (was) to sink this ferry                         | conflict
      can be read as a wish to sink the ferry                      | a wish to sink the ferry                             | agree
      We will not give up on the old harbour wall                   | We won't give up on the old harbour wall             | low
      Anyone who played a part in such brutality will answer to us  | All those with a share of this cruelty will answer to us | conflict
      The storm was terrible for the farmers of the valley          | We will help the families of the valley with their awful losses | agree
      The likeliest reading is that the ferry mate deliberately kept the gate shut for the pilot and turned the valve that steers the ferry toward the rocks for a reason nobody knows | We hear the pilot call the ferry mate to take the wheel, then we hear the gate slam and the engine slow, and we assume he went down to the hold for a moment | agree
      """)
  void judgesWordings(String a, String b, String verdict) {
    List<Finding> found = compare(a, b);
    switch (verdict) {
      case "agree" -> assertThat(found).isEmpty();
      case "conflict" -> assertThat(found).singleElement()
          .satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(0.5));
      default -> assertThat(found).singleElement()
          .satisfies(f -> assertThat(f.confidence()).isLessThan(0.5));
    }
  }

  @Test
  void thePartsOfASplitQuoteAreReadAsOne() {
    String sentence = "\"We will talk to everyone,\" he added, \"but we will not betray our "
        + "voters.\"";
    String one = "We will talk to everyone,";
    String two = "but we will not betray our voters.";
    QuoteClaim first = new QuoteClaim(new Evidence("a", sentence.indexOf(one),
        sentence.indexOf(one) + one.length(), sentence, 0), one, Optional.of("Speaker"));
    QuoteClaim second = new QuoteClaim(new Evidence("a", sentence.indexOf(two),
        sentence.indexOf(two) + two.length(), sentence, 0), two, Optional.of("Speaker"));
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(first,
        second, quote("b", "We will talk to everyone but we will never betray our voters"))));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.diff()).hasValueSatisfying(d ->
          assertThat(d).contains("but we will [-not-] {+never+} betray our voters"));
      assertThat(f.positions()).anySatisfy(p -> assertThat(p.evidence()).hasSize(2));
    });
  }

  @Test
  void theExplanationNamesTheSpeakerAsTheGroupsTitleDoes() {
    // Two of three articles spell the mayor "Ilze Varga": the title says so, and so does the
    // explanation, whichever wording comes first.
    String one = "The dyke will hold until spring";
    String two = "The dyke will hold until summer";
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote by Ilze Varga",
        List.of(said("a", "Ilse Varga", one, "\"" + one + ",\" Ilse Varga said."),
            said("b", "Ilze Varga", two, "\"" + two + ",\" Ilze Varga said."),
            said("c", "Ilze Varga", two, "\"" + two + ",\" Ilze Varga said."))));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.explanation())
        .contains("the same statement by Ilze Varga"));
    assertThat(io.github.claimconflict.align.QuoteAligner.speakerOf(List.of(
        said("a", "Ilse Varga", one, "\"" + one + ",\" Ilse Varga said.")))).contains("Ilse Varga");
  }

  @Test
  void aPartialQuoteOpensWhereTheReportersSentenceLetsIt() {
    // Article b quotes the third sentence only from "end the blockade" on, as a part of its own:
    // the words a has before it are an excerpt's choice. A word changed inside a part is not.
    String full = "We will not answer with anger. But we will hold them to account. The vote "
        + "is where we begin to end the blockade.";
    String text = "\"We will not answer with anger. But we will hold them to account,\" he said, "
        + "calling the vote a chance to \"end the blockade.\"";
    String one = "We will not answer with anger. But we will hold them to account,";
    String two = "end the blockade.";
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(
        said("a", "Mayor", full, "\"" + full + "\" the mayor said."),
        said("b", "Mayor", one, text), said("b", "Mayor", two, text))));
    assertThat(found).isEmpty();
    List<Finding> changed = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(
        said("a", "Mayor", full, "\"" + full + "\" the mayor said."),
        said("b", "Mayor", one, text.replace("end the", "lift the")),
        said("b", "Mayor", "lift the blockade.", text.replace("end the", "lift the")))));
    assertThat(changed).singleElement().satisfies(f -> assertThat(f.diff()).hasValueSatisfying(
        d -> assertThat(d).contains("[-end-] {+lift+} the blockade")));
  }

  @Test
  void onlyThePartsThatRenderTheStatementAreShownAsItsEvidence() {
    // Article a quotes the speaker in three parts; the first is another statement, which the
    // other wording does not render: it is no evidence of this one.
    String first = "We cannot wait for the river to fall any longer,";
    String second = "At first we believed the pumps could hold for a week.";
    String third = "Now the water is winning.";
    String text = "\"" + first + "\" the mayor said. \"" + second + "\" she added. \"" + third
        + "\"";
    QuoteClaim one = said("a", "Mayor", first, text);
    QuoteClaim two = said("a", "Mayor", second, text);
    QuoteClaim three = said("a", "Mayor", third, text);
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(one, two,
        three, said("b", "Mayor", "At first we thought the pumps could hold for a month. Now "
            + "the water is winning", "\"At first we thought the pumps could hold for a month. "
            + "Now the water is winning,\" the mayor said."))));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.positions()).anySatisfy(p -> {
        assertThat(p.value()).startsWith("At first we believed").doesNotContain("cannot wait");
        assertThat(p.evidence()).hasSize(2);
      });
      assertThat(f.explanation()).doesNotContain("cannot wait");
    });
  }

  @Test
  void showsTheChangeWordByWord() {
    Finding f = compare("fundamental rights and freedoms were overall respected",
        "fundamental rights and freedoms were fully respected").get(0);
    assertThat(f.diff()).contains("fundamental rights and freedoms were [-overall-] {+fully+} "
        + "respected");
    assertThat(f.explanation()).contains("\"overall\" became \"fully\"");
  }

  @Test
  void aChangedQualifierWeighsMoreThanAChangedPlainWord() {
    double qualifier = compare("the count was largely fair in the capital today",
        "the count was entirely fair in the capital today").get(0).confidence();
    double plainWord = compare("the count was largely fair in the capital today",
        "the count was largely fair in the city today").get(0).confidence();
    assertThat(qualifier).isGreaterThan(plainWord);
  }

  @Test
  void renderingsPairedOnlyThroughNearSynonymsAreReportedAsPossibleTranslations() {
    Finding translated = compare("Anyone who played a part in such brutality will answer to us",
        "All those with a share of this cruelty will answer to us").get(0);
    assertThat(translated.confidence()).isEqualTo(QuoteComparator.TRANSLATED);
    assertThat(translated.explanation()).contains("possibly two translations");
    assertThat(translated.factors()).extracting(f -> f.name()).contains("pairing");
    // Renderings that share their words as written keep the full confidence.
    Finding written = compare("the count was largely fair in the capital today",
        "the count was entirely fair in the capital today").get(0);
    assertThat(written.confidence()).isGreaterThan(QuoteComparator.TRANSLATED);
    assertThat(written.explanation()).doesNotContain("translations");
  }

  private static QuoteClaim said(String article, String speaker, String words, String sentence) {
    int at = sentence.indexOf(words);
    return new QuoteClaim(new Evidence(article, at, at + words.length(), sentence, 0), words,
        Optional.ofNullable(speaker));
  }

  @Test
  void aShortQuoteIsComparedAtItsPlaceInTheSpeakersLongerQuote() {
    QuoteClaim shortOne = said("a", "Lena Varga", "total chaos",
        "Lena Varga described the flood in the market as \"total chaos\".");
    QuoteClaim longOne = said("b", "Lena Varga", "It was utter chaos in the market all night",
        "\"It was utter chaos in the market all night,\" said Lena Varga.");
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote",
        List.of(shortOne, longOne)));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.diff()).hasValue("[-total-] {+utter+} chaos");
      assertThat(f.confidence()).isGreaterThanOrEqualTo(0.5);
    });
  }

  @Test
  void aShortQuoteTranslatedAgainInOtherWordFormsIsComparedByMeaning() {
    // No content word is kept as written: "unintended" and "unintentional" meet by meaning only.
    QuoteClaim one = said("a", "Lena Varga", "would have been unintended.",
        "Lena Varga added at the harbour that the fire \"would have been unintended.\"");
    QuoteClaim other = said("b", "Lena Varga", "would surely have been unintentional,",
        "Speaking at the harbour, Lena Varga said the fire \"would surely have been "
            + "unintentional,\" but would not say more.");
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(one,
        other)));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.diff())
        .hasValue("would {+surely+} have been [-unintended-] {+unintentional+}"));
    // The same words spread over a longer sentence are not one phrase.
    QuoteClaim spread = said("b", "Lena Varga",
        "It would, as I told the council on Monday evening, have been unintentional,",
        "\"It would, as I told the council on Monday evening, have been unintentional,\" "
            + "Lena Varga said at the harbour.");
    assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(one, spread))))
        .isEmpty();
  }

  @Test
  void twoNamedSpeakersNeedTwoPlainWordsInCommon() {
    // Two appeals of one day by two people the articles name: a name, common words and one
    // plain word ("bring") in common are not one statement.
    QuoteClaim mayor = said("a", "Ilse Marven",
        "I ask the Norland people to open their homes to the families and bring blankets to the "
            + "school. Stand by your neighbours,",
        "\"I ask the Norland people to open their homes to the families and bring blankets to the "
            + "school. Stand by your neighbours,\" Ilse Marven said.");
    QuoteClaim minister = said("b", "Tomas Reede",
        "I am urging all Norland people to come forward and bring food,",
        "\"I am urging all Norland people to come forward and bring food,\" Tomas Reede said.");
    assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(mayor, minister))))
        .isEmpty();
    // One statement the two articles give to two people still differs where its words do.
    QuoteClaim told = said("c", "Ilse Marven",
        "The old harbour wall will be rebuilt before the winter storms",
        "\"The old harbour wall will be rebuilt before the winter storms,\" Ilse Marven said.");
    QuoteClaim retold = said("d", "Tomas Reede",
        "The old harbour wall will be repaired before the winter storms",
        "\"The old harbour wall will be repaired before the winter storms,\" Tomas Reede said.");
    assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(told, retold))))
        .singleElement().satisfies(f ->
            assertThat(f.diff()).hasValue("The old harbour wall will be [-rebuilt-] {+repaired+} "
                + "before the winter storms"));
  }

  @Test
  void aShortQuoteOfTheOthersWordsInAnotherOrderReplacesNothing() {
    QuoteClaim shortOne = said("a", "Lena Varga", "safe in Norland",
        "The captain is 'safe in Norland', the minister Lena Varga said on Tuesday.");
    QuoteClaim longOne = said("b", "Lena Varga", "He arrived in Norland and is safe now",
        "The minister Lena Varga said: \"He arrived in Norland and is safe now\".");
    assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(shortOne, longOne))))
        .isEmpty();
  }

  @Test
  void aShortQuoteNeedsTheSameSpeakerAndSharedSurroundings() {
    QuoteClaim shortOne = said("a", "Lena Varga", "total chaos",
        "Lena Varga described the flood in the market as \"total chaos\".");
    QuoteClaim otherSpeaker = said("b", "Tomas Berg", "It was utter chaos in the market all night",
        "\"It was utter chaos in the market all night,\" said Tomas Berg.");
    QuoteClaim otherTopic = said("c", "Lena Varga", "It was utter chaos at the airport",
        "\"It was utter chaos at the airport,\" said Lena Varga.");
    QuoteClaim excerpt = said("d", "Lena Varga", "It was total chaos in the market",
        "\"It was total chaos in the market,\" said Lena Varga.");
    for (QuoteClaim other : List.of(otherSpeaker, otherTopic, excerpt)) {
      assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(shortOne, other))))
          .as(other.surface()).isEmpty();
    }
  }

  @Test
  void aBannerInCapitalsIsReadAsTheSameWordsInSentenceCase() {
    // One article prints the slogan in title case, another in sentence case: the same words,
    // which the sentence-case rendering shows without taking each capital for a name.
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(
        said("a", null, "Bread and Work, General Strike", "under the slogan \"Bread and Work, "
            + "General Strike\"."),
        said("b", null, "Bread and work, general strike", "a banner read \"Bread and work, "
            + "general strike\"."),
        said("c", null, "Bread, work and justice, general strike", "they chanted \"Bread, work "
            + "and justice, general strike\"."))));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.diff()).hasValueSatisfying(d -> assertThat(d).contains("{+justice+}"));
      assertThat(f.positions()).anySatisfy(p -> assertThat(p.value())
          .isEqualTo("Bread and work, general strike"));
    });
  }

  @Test
  void aSloganTranslatedWithASynonymIsAConflictWithoutASpeaker() {
    QuoteClaim one = said("a", null, "down with the despot",
        "Marchers chanted \"down with the despot\" outside the palace.");
    QuoteClaim other = said("b", null, "Down with the tyrant",
        "\"Down with the tyrant\", the marchers chanted.");
    assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(one, other))))
        .singleElement().satisfies(f -> {
          assertThat(f.diff()).hasValue("Down with the [-despot-] {+tyrant+}");
          assertThat(f.confidence()).isGreaterThanOrEqualTo(0.5);
        });
    QuoteClaim otherWord = said("b", null, "Down with the police",
        "\"Down with the police\", the marchers chanted.");
    assertThat(COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(one, otherWord))))
        .isEmpty();
  }

  @Test
  void anArticleThatPrintsBothRenderingsDisagreesWithNeither() {
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(
        quote("a", "God help anyone who must make the choice I made"),
        quote("a", "Heaven forbid anyone should face the choice I faced"),
        quote("b", "Heaven forbid anyone should face the choice I faced"))));
    assertThat(found).isEmpty();
  }

  @Test
  void eachRenderingIsComparedWithItsOwnCounterpartOnly() {
    // Article a quotes two statements of one speaker that share a name and a phrase; article b
    // renders the second one differently. Only that pair is a conflict.
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(
        quote("a", "The unjust conviction of Maria Lind and of other elected officials is an "
            + "affront to justice in Norland"),
        quote("a", "We urge the council to release Maria Lind and all other elected officials"),
        quote("b", "We call on the council to release Maria Lind and all other elected "
            + "officials"))));
    assertThat(found).singleElement().satisfies(f ->
        assertThat(f.diff()).hasValueSatisfying(d -> assertThat(d).contains("[-urge-]")));
  }

  @Test
  void anExcerptFromInsideALongSentenceIsComparedWithTheWordsItCovers() {
    List<Finding> found = compare("we only hear the sirens in the last minutes",
        "The dam broke at dawn. I think that the people did not know until the end because on "
            + "the tape you only hear the sirens in the final minutes.");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.diff()).hasValue("[-we-] {+you+} only hear the sirens in the [-last-] "
          + "{+final+} minutes");
      assertThat(f.confidence()).isLessThan(1.0);
    });
  }

  @Test
  void twoTranslationsOfALongStatementAreComparedSentenceBySentence() {
    List<Finding> found = COMPARATOR.compare(new ClaimGroup<>("E1", "quote", List.of(
        quote("a", "I thought the campaign had made me strong enough for anything. But I am "
            + "still the same fragile woman I was. Our children matter more than anything in "
            + "life."),
        quote("b", "But I remain the same weak woman I was. Children are the most important "
            + "thing in our lives."))));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.diff()).hasValueSatisfying(d -> assertThat(d)
          .contains("{+remain+}").contains("[-fragile-] {+weak+}").contains(" \u2026 "));
      assertThat(f.diff().orElseThrow()).doesNotContain("campaign");
    });
  }
}
