package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.QuantityClaim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure measures, whom it is about and who states it, read from the words around it. */
class MeasureTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static QuantityClaim claim(String sentence, String surface) {
    List<QuantityClaim> found = EXTRACTOR.extract(Article.of("t", sentence));
    return found.stream().filter(c -> c.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + surface + "' in " + found));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Some 5,000 people gathered in the square.                      | Some 5,000 people      | crowd
      The death toll from the collapse of the old grain silo near Orvit rose to 31. | 31 | dead
      The death toll from the floods in the hill town of Varsk has climbed to more than 140. | more than 140 | dead
      Eleven people died at the scene while 14 injured succumbed to their wounds in hospital. | 14 | dead:in hospital or later
      Forty people were killed in the blast. Another 120 people were injured, the ministry said. | 120 people | injured
      He told a crowd of around 5,000 people to go home.             | around 5,000 people    | crowd
      Local estimates put the rally in the capital at about 4,000.   | about 4,000            | crowd
      Hundreds were injured in the clashes.                          | Hundreds               | injured
      At least one person has been killed and 590 others injured.   | At least one person    | dead
      At least one person has been killed and 590 others injured.   | 590 others             | injured
      Before the vote 15 people were detained.                       | 15 people              | detained
      Only four parties out of 16 passed the threshold.              | four parties out of 16 | parties-passing
      Only four parties out of 16 passed the threshold.              | 16                     | parties-running
      Just five of the 16 parties on the ballot won seats.           | five of the 16 parties | parties-passing
      Results showed six parties entering parliament.                | six parties            | parties-passing
      The 21 parties competing were told to wait.                    | 21 parties             | parties-running
      The party fell short of the 7% threshold.                      | 7%                     | threshold
      The others passed the threshold of one percent.                | one percent            | threshold
      The party took more than 26 per cent of the vote.              | more than 26 per cent  | vote-share
      Turnout was 45 percent.                                        | 45 percent             | turnout
      He was serving an 11-year sentence.                            | 11-year                | sentence
      He was sentenced to 11 years and two months in prison.         | 11 years and two months | sentence
      Atambayev, 64, greeted supporters.                             | 64                     | age
      The party won 30 seats.                                        | 30 seats               | seats
      Hospital staff said 48 people were treated after the clashes.  | 48 people              | injured
      Police said 31 people died and 212 others were admitted to local hospitals. | 212 others | hospitalised
      The march followed a 30 km route.                              | 30 km                  | route
      More than 20,000 people were evacuated from the coast.         | More than 20,000 people | evacuated
      The floods displaced about 5,000 people in the valley.         | about 5,000 people     | displaced
      The government pledged $2 billion to rebuild the region.       | $2 billion             | aid
      At least 40 people are still missing after the landslide.      | At least 40 people     | missing
      The quake destroyed 1,200 homes in the old town.               | 1,200 homes            | destroyed
      Some 300 buildings collapsed in the city centre.               | Some 300 buildings     | destroyed
      The storm caused $1.2 billion in damage, insurers said.        | $1.2 billion           | damage
      Twelve police officers were injured in the clashes.            | Twelve police officers | injured:officers
      The Civic Alliance took 34 per cent and 62 seats.              | 34 per cent            | vote-share
      Organisers said 40,000 people joined a rally, while police put the number at 15,000. | 15,000 | crowd
      Five children were among those killed.                         | Five children          | dead:children
      About 300 protesters were detained overnight.                  | About 300 protesters   | detained
      The tremor flattened a six-storey hotel by the harbour.        | six-storey             | storeys:hotel
      The agency sacked three top officials on Monday.               | three top officials    | dismissed
      It announced the dismissal of six senior figures.              | six senior figures     | dismissed
      She climbed down the three storey-tall tower.                  | three storey           | storeys:tower
      The eight-story Arlen Grand Hotel fell.                        | eight-story            | storeys
      Crews searched the nine-story building's wreckage.             | nine-story             | storeys
      A six-storey building collapsed in the port.                   | six-storey             | storeys
      Officials said 130 residents in Arlen had sustained injuries.  | 130 residents          | injured
      The town of 40,000 residents lay in ruins.                     | 40,000 residents       | population
      Nine of the 140 people injured were in critical condition.     | Nine of the 140 people | intensive-care
      Some 412 protesters, including 35 women, were arrested.        | Some 412 protesters    | detained
      Dozens of Valmontese migrants were killed in the floods.       | Dozens of Valmontese migrants | dead:migrants
      Hundreds of Valmontese miners were killed underground.         | Hundreds of Valmontese miners | dead
      At least 23 people, including a child, were confirmed dead.    | At least 23 people     | dead
      A 120-metre stretch of the viaduct gave way at dawn.           | 120-metre              | length
      Lorries were left on the 60-metre long collapsed span.         | 60-metre               | length
      A 90-metre (295 feet) section of the pier fell into the bay.   | 295 feet               | length
      The cars plunged 30 metres into the river.                     | 30 metres              | drop
      The coaches landed on the tracks 25 metres below.              | 25 metres              | drop
      The shaft reached 400 metres below the surface.                | 400 metres             | depth
      Around 15 vehicles were stuck on the ramp.                     | Around 15 vehicles     | vehicles
      Two trucks were stuck on the ramp.                             | Two trucks             | vehicles:trucks
      Four heavy vehicles were stuck on the ramp.                    | Four heavy vehicles    | vehicles:heavy vehicles
      The death toll rose to 17 on Monday.                           | 17                     | dead
      The disaster claimed 17 lives in the valley.                   | 17 lives               | dead
      Rescuers recovered 17 bodies from the river.                   | 17 bodies              | dead
      At least 80 people were hospitalised after the blast.          | At least 80 people     | hospitalised
      Six people remain in intensive care.                           | Six people             | intensive-care
      About 120 miners are still trapped underground.                | About 120 miners       | trapped
      Officials said 30 people were pulled out alive.                | 30 people              | rescued
      There were 476 people on board the ferry.                      | 476 people             | aboard
      The jet was carrying 131 passengers when it crashed.           | 131 passengers         | aboard
      The jet was carrying 131 people and seven dogs.                | 131 people             | aboard
      The rally, which drew 40,000 people, ended peacefully.         | 40,000 people          | crowd
      Dalmora, home to some 90,000 people, was flooded.              | some 90,000 people     | population
      Gusts of around 275 kph tore roofs off.                        | around 275 kph         | wind
      The eight-story building collapsed on Wednesday.               | eight-story            | storeys
      Fourteen Valmontese nationals and 12 Ardenians died.           | 12 Ardenians           | dead:ardenians
      Fourteen Valmontese nationals died in the crash.               | Fourteen Valmontese nationals | dead:valmontese nationals
      Four foreign nationals were among the dead, the ministry said. | Four foreign nationals | dead:foreign nationals
      Three nationals were killed, the embassy said.                 | Three nationals        | dead:nationals
      A magnitude 6.8 quake struck the coast.                        | 6.8                    | magnitude
      Some 205 were confirmed killed and 363 had been rescued.       | 363                    | rescued
      Floods destroyed up to a fifth of the coastal city of Dalmora. | up to a fifth          | share-destroyed
      Around a quarter of the town was wiped away.                   | Around a quarter       | share-destroyed
      Voss took 52% of the vote, her rival Adler about 30 percent.   | about 30 percent       | vote-share
      Medics reported 300 wounded people at the station.             | 300 wounded people     | injured
      Relatives of nearly 300 still-missing passengers who were aboard waited. | nearly 300 still-missing passengers | missing
      """)
  void readsWhatAFigureMeasures(String sentence, String surface, String measure) {
    assertThat(claim(sentence, surface).measure()).map(Measure::id).contains(measure);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Two nationalist parties were unlikely to win a single seat.    | Two nationalist parties
      The other three parties cleared the threshold.                 | three parties
      Four parties passed, three of which back the president.        | three
      Police in riot gear removed hundreds of protesters by truck.   | hundreds of protesters
      Over 40 percent of the debt is owed to one bank.               | Over 40 percent
      The vote was dominated by two parties close to the president.  | two parties
      The leader said 200 horsemen were on their way.                | 200 horsemen
      Rescuers pulled 30 people from the rubble.                     | 30 people
      Twelve firefighters are still trapped in the tunnel.           | Twelve firefighters
      They died when two massive crowds converged on a street.       | two massive crowds
      The area houses more than 160,000 tents where pilgrims sleep.  | more than 160,000 tents
      The agency said four residents were among the injured.         | four residents
      Among the dead were 11 people from the valley.                 | 11 people
      Six people died on Friday and two more died on Saturday.       | two
      At least 150 died and dozens more were hurt in six separate blasts.          | six separate blasts
      """)
  void leavesAFigureUnmeasuredWhenTheWordsDoNotSay(String sentence, String surface) {
    assertThat(claim(sentence, surface).measure()).isEmpty();
  }

  @Test
  void perSubjectFiguresKnowTheirSubjectAndDistribution() {
    QuantityClaim each = claim("Birimdik and Mekenim Kyrgyzstan took a quarter of the vote each.",
        "a quarter");
    assertThat(each.subjects()).containsExactlyInAnyOrder("Birimdik", "Mekenim Kyrgyzstan");
    assertThat(each.distribution()).isEqualTo(Distribution.EACH);

    QuantityClaim together = claim(
        "Birimdik and Mekenim Kyrgyzstan together took around half of the vote.", "around half");
    assertThat(together.distribution()).isEqualTo(Distribution.TOGETHER);

    QuantityClaim single = claim("Birmidik, the pro-government party, led with more than 26 per "
        + "cent of the vote.", "more than 26 per cent");
    assertThat(single.subjects()).containsExactly("Birmidik");
  }

  @Test
  void readsWhoStatesAFigure() {
    assertThat(claim("Police put the crowd at 6,000 on Sunday.", "6,000").claimant())
        .contains("police");
    assertThat(claim("Organisers said 20,000 people marched.", "20,000 people").claimant())
        .contains("organisers");
    assertThat(claim("About 3,000 people attended, according to the Interior Ministry.",
        "About 3,000 people").claimant()).contains("Interior Ministry");
    assertThat(claim("About 3,000 people attended, police said.", "About 3,000 people")
        .claimant()).contains("police");
    assertThat(claim("Addressing a crowd of 5,000 people, the leader said: no.", "5,000 people")
        .claimant()).isEmpty();
    assertThat(claim("Analysts at a risk firm put the damage at $6 billion.", "$6 billion")
        .claimant()).contains("analysts at a risk firm");
  }

  @Test
  void readsPlacesDaysAndOtherTimes() {
    QuantityClaim c = claim("Some 5,000 people gathered in the capital Bishkek's Ala-Too square "
        + "on Monday.", "Some 5,000 people");
    assertThat(c.places()).containsExactly("bishkek", "ala-too");
    assertThat(c.days()).containsExactly("monday");
    assertThat(claim("The governor toured the town on Monday, a day after the storm killed 14 "
        + "people.", "14 people").days()).as("the day of another clause").isEmpty();
    assertThat(claim("Floods destroyed a quarter of the coastal city of Dalmora.", "a quarter")
        .places()).containsExactly("dalmora");
    assertThat(claim("Last year 300 people were detained.", "300 people").anchor())
        .contains("last year");
    assertThat(claim("In 2017 some 300 people were detained.", "some 300 people").anchor())
        .contains("in 2017");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Police said 40 people were killed.                               | 40 people     | police
      The civil defence said 60 people died on Friday.                 | 60 people     | civil defence
      The Valmont Red Cross had said 120 people died.                  | 120 people    | Valmont Red Cross
      Local media also reported that 30 people died.                   | 30 people     | local media
      His clothes said 40 people were killed.                          | 40 people     | none
      At least 284 workers confirmed dead, with 18 still trapped inside. | 18          | none
      The disaster agency have not confirmed 90 deaths.                | 90 deaths     | none
      Estimates based on population density put the toll at 2,000.    | 2,000         | none
      The eastern administration, based in Dalmora, estimates that 3,000 people are dead. | 3,000 people | eastern administration
      Pavel Orlin, deputy head of the Dalmora regional rescue service, told the Valmont Herald that 17 people had died. | 17 people | Pavel Orlin
      Rescuers told the Valmont Herald that 17 people had died.        | 17 people     | rescuers
      Killed were 40 people, the Valmont Courier said, citing hospital staff. | 40 people | Valmont Courier
      Killed were 40 people, a union said, based on reports from members. | 40 people  | union
      """)
  void aClaimantIsAnEntityOrARoleNeverAFragment(String sentence, String surface,
      String claimant) {
    assertThat(claim(sentence, surface).claimant()).isEqualTo(java.util.Optional.ofNullable(claimant));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Some 5,000 people marched on Saturday.                           | Some 5,000 people | saturday
      Some 5,000 people had gathered by Saturday morning.              | Some 5,000 people | saturday morning
      On Friday night 300 people were detained.                        | 300 people     | friday night
      Police counted 8,000 people at 11 a.m. on Saturday.              | 8,000 people   | saturday 11:00
      By noon 2,000 people had arrived.                                | 2,000 people   | 12:00
      Some 600 people were detained by 10:30 pm.                       | Some 600 people | 22:30
      At 3pm on Sunday the toll stood at 45.                           | 45             | sunday 15:00
      By Tuesday, officials said 1,774 bodies had been counted.        | 1,774 bodies   | tuesday
      Friday night, the agency had said 60 people died.                | 60 people      | friday night
      On Monday, the mayor said 40 people died, and 12 on Tuesday.     | 12             | tuesday
      The governor toured the town on Monday, a day after the storm killed 14 people. | 14 people | none
      Some 300 people were detained by 300 police officers.            | Some 300 people | none
      """)
  void aFiguresMomentIsItsClausesOrTheSentencesOpeningPhrase(String sentence, String surface,
      String moment) {
    assertThat(claim(sentence, surface).days())
        .isEqualTo(moment == null ? java.util.Set.of() : java.util.Set.of(moment));
  }

  @Test
  void thoseWhoJoinAGatheringAreAPartOfIt() {
    assertThat(claim("The march was joined by the thousands of protesters who drove in from Arlen.",
        "thousands of protesters").measure()).isEmpty();
    assertThat(claim("Thousands of protesters joined the march in Arlen.", "Thousands of protesters")
        .measure()).map(Measure::id).hasValueSatisfying(id -> assertThat(id).startsWith("crowd"));
    assertThat(claim("Police fired 20 rounds into the air.", "20 rounds").measure()).isEmpty();
  }

  @Test
  void thePartsOfABuildingAreNotItsStoreys() {
    assertThat(claim("Its three top floors caved in.", "three top floors").measure())
        .isEmpty();
    assertThat(claim("The four-storey mall burnt out.", "four-storey").measure())
        .map(Measure::id).contains("storeys:mall");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Nine nurses were among the dead, the agency reported.            | Nine nurses         | dead:nurses
      Among the injured were 23 children, the hospital said.           | 23 children         | injured:children
      The toll included four volunteers, the city said.                | four volunteers     | dead:volunteers
      The flood left 40 dead, including 12 children.                   | 12 children         | dead:children
      Twelve firefighters were among those injured.                    | Twelve firefighters | injured:firefighters
      Of those who died at the station, 9 were Dravonian, 16 were Ostravian. | 9          | dead:dravonians
      Of those who died at the station, 9 were Dravonian, 16 were Ostravian. | 16         | dead:ostravians
      Of the dead, at least 145 were Dravonians, officials said.      | at least 145        | dead:dravonians
      Six of the dead were children, the hospital said.                | Six                 | dead:children
      Nine of the injured had been identified as Dravonians.          | Nine                | injured:dravonians
      Killed were at least 31 Dravonians and 12 Ostravians, a union said. | 12 Ostravians   | dead:ostravians
      The blast killed 40 soldiers, 7 women and 3 children.            | 3 children          | dead:children
      Nine died at the scene and another four died later.             | four                | dead:in hospital or later
      Eight died at the scene, police said.                            | Eight               | dead:at the scene
      Five passengers were killed on the spot.                         | Five passengers     | dead:at the scene
      Nine died at the scene and another four died in hospital.       | four                | dead:in hospital or later
      Seven people were killed on the scene, the minister said.       | Seven people        | dead:at the scene
      Six people died in the immediate aftermath of the blast.        | Six people          | dead:at the scene
      Two others died at or en route to hospital.                     | Two others          | dead:in hospital or later
      Nine victims died at the scene, and two others died later.      | two others          | dead:in hospital or later
      The jet was carrying 131 passengers and seven crew.             | 131 passengers      | aboard:passengers
      The ferry was carrying four crew and 212 passengers.            | 212 passengers      | aboard:passengers
      """)
  void aGroupNamedAmongACountIsASubGroupOfIt(String sentence, String surface, String measure) {
    assertThat(claim(sentence, surface).measure()).map(Measure::id).contains(measure);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The blast killed 14 people on Monday and injured 90 more.        | 90                 | injured
      The fire killed 14 people and injured another 30, police said.  | 30                 | injured
      The crash left six dead and 20 more in hospital.                 | 20                 | hospitalised
      The storm killed 12 people and left five more missing.           | five               | missing
      At least 150 died and dozens more were hurt in six separate blasts.          | dozens | injured
      """)
  void aCountAddedToAnotherMeasuresItsOwnWhole(String sentence, String surface, String measure) {
    assertThat(claim(sentence, surface).measure()).map(Measure::id).contains(measure);
  }

  @Test
  void theDeadSplitByWhereTheyDiedArePinnedByTheirSum() {
    String s = "Nine died at the scene and another four died in hospital, officials said.";
    assertThat(claim(s, "Nine").anchor()).contains("in a breakdown of 13");
    assertThat(claim(s, "four").anchor()).contains("in a breakdown of 13");
    assertThat(claim("Nine died at the scene, officials said.", "Nine").anchor()).isEmpty();
  }

  @Test
  void eachFigureOfAParenthesisedListOfEstimatesHasItsOwnClaimantAndTheRallysMeasure() {
    String s = "Earlier, many more people (52,000 according to the city police; 75,000 according"
        + " to organisers) had held a rally against the verdicts.";
    assertThat(claim(s, "52,000").claimant()).contains("city police");
    assertThat(claim(s, "75,000").claimant()).contains("organisers");
    assertThat(claim(s, "52,000").measure()).map(Measure::id).contains("crowd");
    assertThat(claim(s, "75,000").measure()).map(Measure::id).contains("crowd");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Some 5,000 people gathered in Alder Square.                      | Some 5,000 people | alder square
      She was found in a Valmont prayer room of the eight-storey Alder House building. | eight-storey | none
      The eastern administration, based in Dalmora, estimates that 3,000 people are dead. | 3,000 people | none
      Crowds of 5,000 people filled the 5,000-seat Ness Arena in Dalmora. | 5,000-seat | dalmora
      Some 300 people marched in the capital, Dalmora, on Friday.      | Some 300 people | dalmora
      Some 300 people marched in the capital, chanting slogans.         | Some 300 people | none
      Some 40 people died in the town where Dravonians are a minority.  | Some 40 people  | none
      Some 40 people died in Dalmora, which Dravonians call home.       | Some 40 people  | dalmora
      """)
  void aFiguresPlaceIsWhereItStandsNotWhatItDescribesOrWhereItsClaimantSits(String sentence,
      String surface, String place) {
    assertThat(claim(sentence, surface).places())
        .isEqualTo(place == null ? java.util.Set.of() : java.util.Set.of(place));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Her son was one of three children killed in the collapse.        | three children | dead:children
      He was one of the nine unions that rejected the deal.            | nine unions    | none
      The crane collapse killed at least 107 this month.               | at least 107   | dead
      """)
  void theWholeOfAPartitiveTakesTheMeasureNeverTheOne(String sentence, String surface,
      String measure) {
    QuantityClaim whole = claim(sentence, surface);
    assertThat(whole.measure().map(Measure::id).orElse("none")).isEqualTo(measure);
    EXTRACTOR.extract(Article.of("t", sentence)).stream()
        .filter(c -> c.surface().equalsIgnoreCase("one"))
        .forEach(one -> assertThat(one.measure()).as("the one of a partitive").isEmpty());
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      The Red Cross had estimated on Saturday that 1,200 people died.  | 1,200 people   | an earlier report
      The Red Cross said the toll would be about 1,200.                | about 1,200    | projected
      The agency had said 300 people were detained.                    | 300 people     | an earlier report
      Officials had put the number of detained at 300.                 | 300            | an earlier report
      By Tuesday 1,774 bodies had been counted.                        | 1,774 bodies   | none
      The death toll could reach 20,000, the mayor said.               | 20,000         | projected
      Some 20,000 people are feared dead in the city.                  | Some 20,000 people | projected
      The junta chief reduced the sentence to two years.               | two years      | revised
      The general later "pardoned" the sentences to "two years imprisonment". | two years | revised
      He was initially jailed for four years.                          | four years     | an earlier report
      If convicted, she could be sentenced to more than 100 years.     | more than 100 years | projected
      The rally is expected to draw 5,000 people.                      | 5,000 people   | projected
      Of the dead, 9 were Dravonian and four could not be identified. | 9               | none
      Thousands gathered in some 30 cities across the country.         | Thousands      | across many places
      Protests spread nationwide as 40,000 people marched.             | 40,000 people  | across many places
      Some 40,000 people marched in Dalmora on Friday.                 | Some 40,000 people | none
      A fortnight earlier, some 20,000 people had marched in Dalmora.  | some 20,000 people | earlier
      Two days earlier 300 people were detained in Dalmora.            | 300 people     | earlier
      The previous day's march in Dalmora drew about 15,000 people.    | about 15,000 people | the previous day
      On the day before, 12 people were injured in Dalmora.            | 12 people      | the previous day
      Earlier, police said 12 people had been injured in Dalmora.      | 12 people      | an earlier report
      Last night some 5,000 people marched in Dalmora.                 | some 5,000 people | none
      A magnitude 5.9 aftershock rattled Dalmora an hour later.        | 5.9            | an aftershock
      The magnitude of the first blast at the Orlen depot was 1.7.     | 1.7            | the first of several
      The second, and larger, explosion measured a magnitude of 2.4.   | 2.4            | the second of several
      Another blast an hour later injured 14 people in Dalmora.        | 14 people      | a later one of several
      The quake of magnitude 6.8 struck Dalmora before dawn.            | 6.8            | none
      For the first time since the blast, 300 residents returned to Dalmora. | 300 residents | none
      Eight more bodies were found after the announcement of 61 deaths. | 61 deaths    | an earlier report
      Twenty died, the ministry said, revising the previous toll of 17 deaths. | 17 deaths | an earlier report
      The toll of 17 deaths was given by the ministry.                 | 17 deaths      | none
      Rescuers had so far recovered the bodies of 23 miners.           | 23 miners      | a count so far
      The next day, 40 more people were detained in Dalmora.           | 40 more people | later
      Some 9,000 people live in Orlen, a town the army has held since 2011. | Some 9,000 people | none
      In about 300 demonstrations, some 41,000 people took part.       | some 41,000 people | across many places
      She drew crowds of more than 8,000 at recent campaign events.    | more than 8,000 | earlier
      At least 17 people have died in the unrest in recent days.       | At least 17 people | none
      Some 41,000 people took part in 300 protests across Valmont.     | Some 41,000 people | across many places
      Four people were killed in the protests in Dalmora.              | Four people    | none
      The convoy crossed 30 km of desert on Monday, the day before the vote. | 30 km       | none
      In 2011, when a storm hit Orlen, 40 people were killed.           | 40 people      | in 2011
      Two days later 300 people were evacuated from Dalmora.           | 300 people     | later
      On the fifth day of protests, 20,000 people marched in Dalmora.  | 20,000 people  | none
      Thus far 40 people have been pulled out alive in Dalmora.        | 40 people      | a count so far
      Police said 212 people were detained, up from 95 people on Friday. | 95 people     | an earlier report
      Police said 212 people were detained, up from 95 people on Friday. | 212 people    | none
      """)
  void aFiguresTimeIsReadFromItsSentence(String sentence, String surface, String anchor) {
    assertThat(claim(sentence, surface).anchor()).isEqualTo(java.util.Optional.ofNullable(anchor));
  }

  @Test
  void aPartOfACountedWholeIsNotTheWholesMeasure() {
    // "injured" describes the 140, not the nine.
    assertThat(claim("Nine of the 140 people injured were taken to Orlen.",
        "Nine of the 140 people").measure()).isEmpty();
  }

  @Test
  void termsForEachChargeArePartsOfOneSentence() {
    String s = "She was sentenced to two years for incitement and another two years for breaching "
        + "the rules.";
    assertThat(EXTRACTOR.extract(Article.of("t", s))).allSatisfy(c ->
        assertThat(c.measure()).isEmpty());
    assertThat(claim("She was sentenced to four years for incitement.", "four years").measure())
        .map(Measure::id).contains("sentence");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2} {3}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Soldane lies about 480 km (300 miles) southwest of Varna.          | about 480 km | distance | Varna
      Soldane lies about 480 km (300 miles) southwest of Varna.          | 300 miles    | distance | Varna
      The ferry sank 20 km off the south-west coast.                     | 20 km        | distance | coast
      The quake struck 64km west of the old city of Varna.               | 64km         | distance | Varna
      Crowds filled the capital, Varna. The epicentre lay 60 miles from the capital. | 60 miles | distance | Varna
      Varna, the capital, was calm. The epicentre lay 60 miles from the capital. | 60 miles | distance | Varna
      The epicentre lay 60 miles from the capital.                       | 60 miles     | none     | none
      The campus lies around 900 km north of the capital, Ostel.         | around 900 km | distance | Ostel
      Miners were trapped 2 km below the surface.                        | 2 km         | depth    | none
      They were nearly 500 yards underground.                            | nearly 500 yards | depth | none
      The wave was 20 feet high.                                         | 20 feet      | wave-height | none
      The pillar was 20 feet high.                                       | 20 feet      | none     | none
      The charge went off 3 km underground.                              | 3 km         | depth    | none
      Crews fed a 3km air hose into the underground chamber.             | 3km          | none     | none
      He swam back to the underground post located 1.5 kilometres inside the mine. | 1.5 kilometres | none | none
      """)
  void aLengthIsADistanceOrADepthByItsAnchoringPhrase(String sentence, String surface,
      String measure, String subject) {
    QuantityClaim c = claim(sentence, surface);
    assertThat(c.measure().map(Measure::id)).isEqualTo(java.util.Optional.ofNullable(measure));
    if (subject != null) {
      assertThat(c.subjects()).containsExactly(subject);
    }
  }

  @ParameterizedTest(name = "[{index}] {1} of {2}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      Officers say the 31-year-old Dutch nurse Elin Varga opened the valve.    | 31-year-old | Elin Varga
      The driver has been named as 44-year-old Tomas Brell.                     | 44-year-old | Tomas Brell
      Locals in Ostel saw the 52-year old Danish skipper Ole Haukan ashore.     | 52-year old | Ole Haukan
      Elin Varga, a 31-year-old Dutch citizen, opened the valve.                | 31-year-old | Elin Varga
      Varga, 31, opened the valve.                                              | 31          | Varga
      Elin Varga is the clinic's nurse. The 31-year-old nurse of the clinic opened the valve. | 31-year-old | Elin Varga
      Nurse Elin Varga was on duty. Police said the 31-year-old nurse had been calm. | 31-year-old | Elin Varga
      The clinic's nurse, Elin Varga, and its doctor, Ivo Plant, were there. The 31-year-old doctor left first. | 31-year-old | Ivo Plant
      Nurse Elin Varga and nurse Ana Doll were there. The 31-year-old nurse left first. | 31-year-old | none
      The 31-year-old Dutch nurse of the Ostel clinic opened the valve.         | 31-year-old | none
      The Harbour Line driver who crashed the train was a quiet 44-year-old.    | 44-year-old | none
      """)
  void anAgeIsThePersonsItsPhraseNames(String sentence, String surface, String subject) {
    QuantityClaim c = claim(sentence, surface);
    assertThat(c.measure().map(Measure::id)).contains("age");
    if (subject == null) {
      assertThat(c.subjects()).isEmpty();
    } else {
      assertThat(c.subjects()).containsExactly(subject);
    }
  }

  @Test
  void usersExtendTheLexicon() {
    Measure vaccinated = new Measure("vaccinated", "people vaccinated", false);
    MeasureLexicon lexicon = MeasureLexicon.defaults().toBuilder()
        .add(MeasureLexicon.Entry.counting(vaccinated).nouns(MeasureLexicon.PEOPLE)
            .cues("vaccinated").build())
        .build();
    assertThat(new QuantityExtractor().extract(Article.of("t", "Nearly 2,000 people were "
        + "vaccinated."))).singleElement().satisfies(c -> assertThat(c.measure()).isEmpty());
    List<QuantityClaim> found = new QuantityExtractor(lexicon)
        .extract(Article.of("t", "Nearly 2,000 people were vaccinated."));
    assertThat(found).singleElement().extracting(c -> c.measure().orElseThrow())
        .isEqualTo(vaccinated);
  }

  @Test
  void aSentenceListingTollsSiteBySiteGivesEachFigureItsOwnSite() {
    String sentence = "Officials said at least 31 people were killed in Arlen, where two hotels"
        + " were hit, along with another 12 in the market attack in Brisk, with another 9 dead"
        + " at a school in the town of Corve.";
    assertThat(claim(sentence, "at least 31 people").places()).containsExactly("arlen");
    assertThat(claim(sentence, "12").places()).containsExactly("brisk");
    assertThat(claim(sentence, "9").places()).containsExactly("corve");
    String list = "22 killed in Arlen blasts, 7 killed in Brisk blast, 40 killed in Corve blast.";
    assertThat(claim(list, "7").places()).containsExactly("brisk");
  }

  @Test
  void aPlaceDescribedBesideATollIsNoSiteList() {
    // The population describes Dorn's province; both places stay the toll's.
    String sentence = "At least 14 people were killed and 30 more hurt at a market in Dorn,"
        + " a city of 90,000 people in Vell.";
    assertThat(claim(sentence, "At least 14 people").places()).containsExactly("dorn", "vell");
    assertThat(claim(sentence, "90,000 people").places()).containsExactly("dorn", "vell");
  }
}
