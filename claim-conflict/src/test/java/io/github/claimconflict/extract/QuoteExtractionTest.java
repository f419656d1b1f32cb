package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuoteClaim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotes and their speakers in passages written in the style of real news. */
class QuoteExtractionTest {

  private static List<QuoteClaim> quotes(String text) {
    return new QuoteExtractor().extract(Article.of("t", text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "We will not resign," said Prime Minister Anna Holt.                                   | We will not resign,                            | Anna Holt
      Anna Holt said: "We will not resign."                                                   | We will not resign.                            | Anna Holt
      “The vote was stolen,” opposition leader Marat Ismailov told reporters.                 | The vote was stolen,                           | Marat Ismailov
      Marat Ismailov spoke outside the court. “The vote was stolen,” he said.                 | The vote was stolen,                           | Marat Ismailov
      "We saw true lawlessness," said Clara Soronkulova, leader of the opposition. "Pressure on voters, intimidation of voters." | Pressure on voters, intimidation of voters. | Clara Soronkulova
      "We did not fire," General Omar Haddad said, "not a single shot."                      | not a single shot.                             | Omar Haddad
      "We did not fire," General Omar Haddad said, "not a single shot."                      | We did not fire,                               | Omar Haddad
      According to Anna Holt, the plan was "dead on arrival".                                | dead on arrival                                | Anna Holt
      The ministry said in a statement that the blast was "an act of terror".                | an act of terror                               | -
      The Health Ministry said in a statement that the blast was "an act of terror".         | an act of terror                               | Health Ministry
      The Organization for Security and Co-operation in Europe said in a report that "fundamental rights were respected". | fundamental rights were respected | Organization for Security and Co-operation in Europe
      The OSCE said that "credible allegations remain a concern.” ” Later the crowd left.    | credible allegations remain a concern.         | OSCE
      “The Central Election Commission met today. It decided to cancel the results,” Gulnara Dzhurabayeva said. | The Central Election Commission met today. It decided to cancel the results, | Gulnara Dzhurabayeva
      "We don't fear arrests," said Bektur Asanov.                                            | We don't fear arrests,                         | Bektur Asanov
      Protest leader Ryskeldi Mombekov told the crowd: "He didn't keep his word."            | He didn't keep his word.                       | Ryskeldi Mombekov
      The president blamed "certain political forces" for the unrest.                        | certain political forces                       | -
      "No comment," a spokesman said.                                                         | No comment,                                    | -
      Holt, 54, said "the economy is recovering".                                             | the economy is recovering                      | Holt
      "The economy is recovering," Holt, 54, said on Monday.                                  | The economy is recovering,                     | Holt
      Asked about the vote, Anna Holt said it was "a disgrace to democracy".                  | a disgrace to democracy                        | Anna Holt
      "It is a disgrace," said the opposition party.                                          | It is a disgrace,                              | -
      The commission chairman, Nurzhan Shaidullaev, told reporters: "All votes were counted." | All votes were counted.                        | Nurzhan Shaidullaev
      Officials described the count as "flawed but fair" and "largely transparent".          | largely transparent                            | -
      "Votes were stolen from [our party]," Bektur Asanov, a candidate from the opposition, told a crowd. | Votes were stolen from [our party],  | Bektur Asanov
      Sadyr Japarov said elections were “in accordance with the constitution” and warned losers. | in accordance with the constitution         | Sadyr Japarov
      In a video address, President Jeenbekov accused unnamed “political forces” of plotting. | political forces                               | -
      “This is the end,” she said.                                                            | This is the end,                               | -
      The Organisation for Security and Cooperation in Europe mission head, Thomas Boserup, said the vote was "generally well-organised". | generally well-organised | Thomas Boserup
      Local media quoted him as saying «nous ne céderons jamais».                            | nous ne céderons jamais                        | -
      Marchers came from Dunmore and Kelby for a strike called by the unions, under the slogan "Bread and work, general strike". | Bread and work, general strike | -
      Marchers came from Dunmore for a strike called by Anna Holt, under the slogan "Bread and work, general strike". | Bread and work, general strike | Anna Holt
      "We intend to seek the dismissal of the president," Maksat Mamytkanov, a member of the Chon Kazat party said. | We intend to seek the dismissal of the president, | Maksat Mamytkanov
      Thousands rallied to protest a vote that monitors said was tainted by "credible allegations of vote-buying." | credible allegations of vote-buying. | -
      “The river will not stop us,” Italian Transport Minister Paolo Verdi said.             | The river will not stop us,                    | Paolo Verdi
      "We are ready," said Danish Foreign Minister Karin Lund on Monday.                      | We are ready,                                  | Karin Lund
      "We are ready," said Danish prosecutor Karin Lund on Monday.                            | We are ready,                                  | Karin Lund
      The Danish prosecutor said: "We are ready."                                             | We are ready.                                  | -
      Mayor Lena Varga, who had cancelled her visit to the Harbour Summit, said: "We will rebuild." | We will rebuild.                      | Lena Varga
      Prime Minister Anna Holt spoke on television. "We will not bow to fear," warned the premier. | We will not bow to fear,               | Anna Holt
      City prosecutor Lena Varga spoke first. Later the prosecutor said that "nothing points to arson." | nothing points to arson.           | Lena Varga
      Minister Anna Holt came to the harbour. Crowds gathered at Lorvik Park. "We will rebuild," she said. | We will rebuild,                  | Anna Holt
      Minister Anna Holt spoke under the gaze of the Holy Mother. "We will rebuild," she said. | We will rebuild,                               | Anna Holt
      "We are the river!" Pointing at Lorvik, he added, "Every house will stand."            | We are the river!                              | -
      "We will fight to the end," Anna Holt said, "because the town is ours."                | because the town is ours.                      | Anna Holt
      "The bridge will hold." Engineer Lena Varga said the cracks were old and would be repaired within weeks. | The bridge will hold.      | -
      """)
  void findsTheQuoteAndItsSpeaker(String passage, String quote, String speaker) {
    List<QuoteClaim> found = quotes(passage);
    QuoteClaim q = found.stream().filter(c -> c.surface().equals(quote)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote [" + quote + "] in " + found));
    if (speaker.equals("-")) {
      assertThat(q.speaker()).isEmpty();
    } else {
      assertThat(q.speaker()).contains(speaker);
    }
    assertThat(passage.substring(q.evidence().start(), q.evidence().end())).isEqualTo(quote);
  }

  @Test
  void aFullNameRightBeforeTheVerbIsItsSubjectNotAnEarlierApposition() {
    List<QuoteClaim> found = quotes("The ferry sank near the port of Lorvik, a fishing town on"
        + " the coast, interior ministry official Anna Berg said on Facebook, adding it was"
        + " \"overloaded by at least a hundred passengers\" when it left.");
    assertThat(found).singleElement().satisfies(q -> assertThat(q.speaker()).contains("Anna Berg"));
    // a place after a preposition is no subject: the apposed name stays the speaker
    List<QuoteClaim> mayor = quotes("Anna Berg, the mayor of Port Lorvik said the ferry was"
        + " \"overloaded by at least a hundred passengers\" when it left.");
    assertThat(mayor).singleElement().satisfies(q -> assertThat(q.speaker()).contains("Anna Berg"));
  }

  @Test
  void anUnmatchedMarkCostsOneQuoteNotTheRestOfTheArticle() {
    List<QuoteClaim> found = quotes("He said \"we will return\nThe crowd dispersed. \"It is "
        + "over,\" said Anna Holt. More text follows with no quotes at all.");
    assertThat(found).extracting(QuoteClaim::surface).containsExactly("It is over,");
  }

  @Test
  void aStraightQuoteLeftOpenBeforeTheNextQuotedSentenceRunsToItsSentenceEnd() {
    List<QuoteClaim> found = quotes("\"The dam held,\" Mayor Tomas Berg said. \"We are in "
        + "contact with the river board and we are going to the valley. \"The town is safe\".");
    assertThat(found).extracting(QuoteClaim::surface).containsExactly("The dam held,",
        "We are in contact with the river board and we are going to the valley.",
        "The town is safe");
  }

  @Test
  void aStraightQuoteLeftOpenOverSeveralSentencesIsStillDropped() {
    List<QuoteClaim> found = quotes("He said \"we will return. The crowd left. \"It is "
        + "over,\" said Anna Holt.");
    assertThat(found).extracting(QuoteClaim::surface).containsExactly("It is over,");
  }

  @Test
  void aDoubledClosingMarkIsIgnored() {
    List<QuoteClaim> found = quotes("They said “credible allegations are a concern.” ” Then "
        + "“the count went on” for hours.");
    assertThat(found).extracting(QuoteClaim::surface)
        .containsExactly("credible allegations are a concern.", "the count went on");
  }

  @Test
  void singleWordsInQuotesAreNotQuotes() {
    assertThat(quotes("The so-called \"reform\" stalled.")).isEmpty();
  }

  /** Marks as real pages break them, in sentences we write; each the quote found and its speaker. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ''We will rebuild the school,'' said Tomas Berg.                                  | We will rebuild the school,             | Tomas Berg
      Mayor Lena Varga said "the bridge will reopen in spring'' before she left.        | the bridge will reopen in spring        | Lena Varga
      “The water rose too fast“, said Tomas Berg.                                       | The water rose too fast                 | Tomas Berg
      Tomas Berg rejected the claims.”Such floods happen,” he said.                     | Such floods happen,                     | Tomas Berg
      “The levee will hold," said Tomas Berg.                                           | The levee will hold,                    | Tomas Berg
      "The levee will hold,” said Tomas Berg.                                           | The levee will hold,                    | Tomas Berg
      “He told me ‘stay inside’ and then he left,” said Lena Varga.                     | He told me ‘stay inside’ and then he left, | Lena Varga
      Lena Varga called the report ‘a careless draft’ on Monday.                        | a careless draft                        | Lena Varga
      Lena Varga called the report 'a careless draft' on Monday.                        | a careless draft                        | Lena Varga
      He said "we will return and the crowd left. "It is over," said Anna Holt.         | It is over,                             | Anna Holt
      """)
  void pairsBrokenMarks(String passage, String quote, String speaker) {
    findsTheQuoteAndItsSpeaker(passage, quote, speaker);
  }

  @Test
  void nestedSingleMarksBelongToTheOuterQuote() {
    assertThat(quotes("“He told me ‘stay inside’ and then he left,” said Lena Varga."))
        .extracting(QuoteClaim::surface)
        .containsExactly("He told me ‘stay inside’ and then he left,");
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    assertThat(quotes("The mayor’s office said the river’s level fell after the rain’s end. "
        + "Tomas Berg's team and the workers' union agreed.")).isEmpty();
  }

  @Test
  void aQuoteOpenAtTheEndOfItsParagraphRunsToItWhenTheNextOpensAQuote() {
    List<QuoteClaim> found = quotes("Lena Varga said: \"We searched every street for two days. "
        + "Nobody was left behind.\n\n\"The second team found the last family on the hill,\" "
        + "she added.");
    assertThat(found).extracting(QuoteClaim::surface).containsExactly(
        "We searched every street for two days. Nobody was left behind.",
        "The second team found the last family on the hill,");
    assertThat(found).extracting(q -> q.speaker().orElse("-"))
        .containsExactly("Lena Varga", "Lena Varga");
  }

  @Test
  void aQuoteWrappedOverLinesOfAFixedWidthPageIsReadWhole() {
    String text = "The water rose through the night and the valley roads were closed by noon.\n"
        + "\u201cWe only saw the lights of the boats at the end,\u201d said district mayor Lena\n"
        + "Varga. \u201cThe river took the old bridge and half of the\n"
        + "market in an hour.\u201d\nThe road was shut.\n\u201cWe will rebuild,\n"
        + "Tomas Berg said.";
    List<QuoteClaim> found = quotes(text);
    assertThat(found).extracting(QuoteClaim::surface).containsExactly(
        "We only saw the lights of the boats at the end,",
        "The river took the old bridge and half of the\nmarket in an hour.");
    assertThat(found).extracting(q -> q.speaker().orElse("-"))
        .containsExactly("Lena Varga", "Lena Varga");
  }

  @Test
  void aQuoteOfSeveralParagraphsInSingleMarksIsReadParagraphByParagraph() {
    String text = "Lena Varga said:\n'We heard the siren at six and we left the house at once. "
        + "The water was already in the yard.\n'So the family went up the hill, and it's "
        + "there that the boats found them. Nobody was hurt.'\nThe rain stopped at noon.";
    assertThat(quotes(text)).extracting(QuoteClaim::surface).containsExactly(
        "We heard the siren at six and we left the house at once. The water was already in "
            + "the yard.",
        "So the family went up the hill, and it's there that the boats found them. Nobody was "
            + "hurt.");
  }

  @Test
  void smallWordsAloneAreNoQuote() {
    assertThat(quotes("The count went on.\n\n\"When the")).isEmpty();
  }

  @Test
  void aQuoteOpenAtTheEndOfATruncatedPageRunsToItLessItsCutWord() {
    List<QuoteClaim> found = quotes("Rescuers worked all night.\n\nLena Varga said: \"The dam "
        + "held through the night but the water kept risi");
    assertThat(found).extracting(QuoteClaim::surface)
        .containsExactly("The dam held through the night but the water kept");
  }

  @Test
  void aParagraphWhoseOpeningMarkWasLostRunsToTheAttributedClosingMark() {
    String text = "The village voted on Sunday.\n\nWe will not leave our homes,\" said Tomas "
        + "Berg. \"Not this year.\"";
    List<QuoteClaim> found = quotes(text);
    assertThat(found).extracting(QuoteClaim::surface)
        .containsExactly("We will not leave our homes,", "Not this year.");
    assertThat(found.get(0).speaker()).contains("Tomas Berg");
    QuoteClaim first = found.get(0);
    assertThat(text.substring(first.evidence().start(), first.evidence().end()))
        .isEqualTo(first.surface());
  }

  @Test
  void aClosingMarkInMidParagraphWithoutAttributionOpensNothing() {
    assertThat(quotes("Prices rose by 5\" on the chart and fell again later in the week."))
        .isEmpty();
  }

  @Test
  void aPronounIsTheFullNameOfTheSurnameNamedLast() {
    List<QuoteClaim> found = quotes("Mayor Lena Varga met Tomas Berg on Monday. Varga then "
        + "spoke to the crowd. \"We will rebuild every house,\" she said.");
    assertThat(found).singleElement()
        .satisfies(q -> assertThat(q.speaker()).contains("Lena Varga"));
  }

  @Test
  void aPronounAfterADescribedColonIntroducerIsTheArticlesMainPerson() {
    String text = "Mayor Lena Varga left the town on Monday.\n\nVarga had been held for hours, "
        + "Varga's aide Tomas Berg said. \"She is safe now,\" Berg added.\n\n"
        + "Later the outgoing mayor addressed residents in a video:\n\n"
        + "\"I made a hard choice on my own and I ask you to forgive me,\" she said.";
    assertThat(quotes(text)).filteredOn(q -> q.surface().startsWith("I made"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).contains("Lena Varga"));
  }

  @Test
  void aPronounAfterANamedColonIntroducerStaysTheLastPersonNamed() {
    String text = "Mayor Lena Varga left the town on Monday.\n\nVarga had been held for hours, "
        + "Varga's aide Tomas Berg said. \"She is safe now,\" Berg added.\n\n"
        + "Later he spoke to residents in the square:\n\n"
        + "\"We will keep working until she comes back,\" he said.";
    assertThat(quotes(text)).filteredOn(q -> q.surface().startsWith("We will"))
        .singleElement().satisfies(q -> assertThat(q.speaker()).contains("Tomas Berg"));
  }

  @Test
  void aParagraphThatIsAQuoteGoesOnWithTheSpeakerThePreviousParagraphReported() {
    List<QuoteClaim> found = quotes("\"The wall held for an hour,\" Mayor Ada Korvin said on "
        + "Monday.\n\n\"After that the water came over it and we ran.\"\n\nRescuers said the "
        + "road was closed. But she said the town would be rebuilt.\n\n\"We will not leave.\"");
    assertThat(found).extracting(q -> q.speaker().orElse("-"))
        .containsExactly("Ada Korvin", "Ada Korvin", "Ada Korvin");
  }

  @Test
  void aParagraphQuoteTakesNoSpeakerFromAnObjectOrAnAttributionOfItsOwn() {
    // "the Courier" only quoted the witness; the second quote names its own source.
    List<QuoteClaim> found = quotes("One witness, quoted by the Valley Courier, said the bridge "
        + "shook.\n\n\"It was like a wave.\"\n\nMayor Ada Korvin said the bridge was "
        + "closed.\n\n\"We heard it crack,\" a fisherman on the quay told reporters.");
    assertThat(found).extracting(q -> q.speaker().orElse("-")).containsExactly("-", "-");
  }
}
