package io.github.claimconflict.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.QuantityClaim;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures and hedges as news writes them, with the interval each must stand for. */
class QuantityParsingTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  private static List<QuantityClaim> claims(String sentence) {
    return EXTRACTOR.extract(Article.of("t", sentence));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', nullValues = "open", textBlock = """
      Some 5,000 people gathered in the square.            | Some 5,000 people               | 4750      | 5250       | count
      Police said about 4,000 protesters attended.          | about 4,000 protesters          | 3800      | 4200       | count
      He told a crowd of around 5,000 people to go home.    | around 5,000 people             | 4750      | 5250       | count
      Roughly 300 people marched.                           | Roughly 300 people              | 285       | 315        | count
      Nearly 2,000 people were evacuated.                   | Nearly 2,000 people             | 1800      | 2000       | count
      Almost 50 people were injured.                        | Almost 50 people                | 45        | 50         | count
      More than 100 people were arrested.                   | More than 100 people            | 100       | open       | count
      Over 40 percent of voters stayed home.                | Over 40 percent                 | 40        | open       | percent
      At least one person has been killed.                  | At least one person             | 1         | open       | count
      Fewer than 20 people turned out.                      | Fewer than 20 people            | 0         | 20         | count
      Up to 3,000 troops were deployed.                     | Up to 3,000 troops              | 0         | 3000       | count
      Hundreds were injured in the clashes.                 | Hundreds                        | 100       | 1000       | count
      Thousands rallied in the capital.                     | Thousands                       | 1000      | 10000      | count
      Dozens of supporters gathered outside.                | Dozens of supporters            | 20        | 100        | count
      Tens of thousands of people marched.                  | Tens of thousands of people     | 10000     | 100000     | count
      It hosts hundreds of thousands of migrants.           | hundreds of thousands of migrants | 100000  | 1000000    | count
      Several hundred people gathered.                      | Several hundred people          | 200       | 1000       | count
      A few thousand people attended.                       | A few thousand people           | 2000      | 10000      | count
      Millions watched the debate.                          | Millions                        | 1000000   | 1000000000 | count
      At least one person died and 590 others were injured. | 590 others                      | 585       | 595        | count
      Five people died.                                     | Five people                     | 5         | 5          | count
      Seven people were detained.                           | Seven people                    | 7         | 7          | count
      Twelve parties signed the letter.                     | Twelve parties                  | 12        | 12         | count
      Two hundred people were evacuated.                    | Two hundred people              | 190       | 210        | count
      Twenty-one parties were registered.                   | Twenty-one parties              | 21        | 21         | count
      One hundred and fifty people were hurt.               | One hundred and fifty people    | 145       | 155        | count
      The 7% threshold applies.                             | 7%                              | 6.5       | 7.5        | percent
      It needs seven percent of the vote.                   | seven percent                   | 6.5       | 7.5        | percent
      Turnout was 24.52 per cent.                           | 24.52 per cent                  | 24.515    | 24.525     | percent
      The figure was 24,5 per cent.                         | 24,5 per cent                   | 24.45     | 24.55      | percent
      They took a quarter of the vote each.                 | a quarter                       | 22.5      | 29.1667    | percent
      Together they took around half of the vote.           | around half                     | 45        | 55         | percent
      Two-thirds of the seats went to the ruling party.     | Two-thirds                      | 63.3333   | 70.8333    | percent
      Three quarters of the voters backed it.               | Three quarters                  | 70.8333   | 77.5       | percent
      More than half of the vote went to him.               | More than half                  | 50        | open       | percent
      A third of the ballots were spoiled.                  | A third                         | 29.1667   | 36.6667    | percent
      They won 25-30% of the vote.                          | 25-30%                          | 25        | 30         | percent
      Between 4,000 and 5,000 people marched.               | Between 4,000 and 5,000 people  | 4000      | 5000       | count
      Police estimated 3,000-4,000 people attended.         | 3,000-4,000 people              | 3000      | 4000       | count
      Some 200 to 300 people gathered.                      | Some 200 to 300 people          | 190       | 315        | count
      Three or four people were hurt.                       | Three or four people            | 3         | 4          | count
      He was serving an 11-year sentence.                   | 11-year                         | 11        | 12         | year
      She was sentenced to 11 years and two months in jail. | 11 years and two months         | 11.1667   | 11.25      | year
      He got a six-month sentence.                          | six-month                       | 0.5       | 0.5833     | year
      The talks lasted 24 hours.                            | 24 hours                        | 0.002738  | 0.002852   | year
      Atambayev, 64, greeted supporters.                    | 64                              | 64        | 65         | year
      The 61-year-old won the election.                     | 61-year-old                     | 61        | 62         | year
      The man was aged 45 at the time.                      | 45                              | 45        | 46         | year
      She is 38 years old.                                  | 38 years old                    | 38        | 39         | year
      The debt is $1.8 billion.                             | $1.8 billion                    | 1.75e9    | 1.85e9     | USD
      It cost €5 million.                                   | €5 million                      | 4.75e6    | 5.25e6     | EUR
      Brent hit $91 a barrel.                               | $91                             | 90.5      | 91.5       | USD
      The loan was worth 2 billion dollars.                 | 2 billion dollars               | 1.9e9     | 2.1e9      | USD
      The convoy stretched 100 miles.                       | 100 miles                       | 152.8877  | 168.9811   | km
      The march followed a 240 km route.                    | 240 km                          | 235       | 245        | km
      The blast was 15 kilotons.                            | 15 kilotons                     | 14.5      | 15.5       | kiloton
      It was a 1.2-megaton device.                          | 1.2-megaton                     | 1150      | 1250       | kiloton
      Ships carried 500 tons of grain.                      | 500 tons                        | 430.9129  | 533.4247   | tonne
      Ships carried 500 tonnes of grain.                    | 500 tonnes                      | 475       | 525        | tonne
      About 10 people were hurt.                            | About 10 people                 | 9         | 11         | count
      Exactly 100 people attended.                          | Exactly 100 people              | 100       | 100        | count
      Just over 1,000 people voted.                         | Just over 1,000 people          | 1000      | 1100       | count
      In excess of 2,000 people were displaced.             | In excess of 2,000 people       | 2000      | open       | count
      As many as 5,000 people may have attended.            | As many as 5,000 people         | 0         | 5000       | count
      An estimated 1.5 million people fled.                 | An estimated 1.5 million people | 1425000   | 1575000    | count
      They said 5,000 or more people attended.              | 5,000 or more people            | 5000      | open       | count
      No fewer than 30 people were detained.                | No fewer than 30 people         | 30        | open       | count
      A dozen people were hurt.                             | A dozen people                  | 12        | 12         | count
      Only four parties out of 16 passed the threshold.     | four parties out of 16          | 4         | 4          | count
      Just five of the 16 parties won seats.                | five of the 16 parties          | 5         | 5          | count
      The area covers 3,000 sq km.                          | 3,000 sq km                     | 2850      | 3150       | km2
      Output fell by 2.5 percentage points.                 | 2.5 percentage points           | 2.45      | 2.55       | percentage point
      They put the damage at between $6 billion and $9 billion. | between $6 billion and $9 billion | 6e9 | 9e9      | USD
      Nearly 1.5 lakh pilgrims came from abroad.            | Nearly 1.5 lakh pilgrims        | 135000    | 150000     | count
      About one lakh people left the city.                  | About one lakh people           | 95000     | 105000     | count
      Gusts reached around 275 kph on the coast.            | around 275 kph                  | 261.25    | 288.75     | km/h
      Winds of 170 mph hit the island.                      | 170 mph                         | 265.5604  | 281.6538   | km/h
      They were trapped nearly 500 yards underground.       | nearly 500 yards                | 0.41148   | 0.4572     | km
      The operation took 40 minutes.                        | 40 minutes                      | 7.6051e-5 | 9.5064e-5  | year
      Captain Ivan Joon-seok, 68, apologised.               | 68                              | 68        | 69         | year
      Half a million people fled the city.                  | Half a million people           | 475000    | 525000     | count
      One and a half million people fled.                   | One and a half million people   | 1450000   | 1550000    | count
      Two and a half thousand people fled.                  | Two and a half thousand people  | 2450      | 2550       | count
      A couple hundred people marched.                      | A couple hundred people         | 200       | 300        | count
      A dozen or so people were hurt.                       | A dozen or so people            | 11        | 13         | count
      The death toll tops 300.                              | tops 300                        | 300       | open       | count
      The toll has surpassed 1,000.                         | surpassed 1,000                 | 1000      | open       | count
      Winds upward of 170 mph hit the coast.                | upward of 170 mph               | 273.5885  | open       | km/h
      Turnout was 41.37 percent.                            | 41.37 percent                   | 41.365    | 41.375     | percent
      The toll exceeded 1,200 by Tuesday.                   | exceeded 1,200                  | 1200      | open       | count
      Deaths topped 2,000 overnight.                        | topped 2,000                    | 2000      | open       | count
      The toll has passed 100.                              | passed 100                      | 100       | open       | count
      The number of dead passed the 100 mark on Monday.     | passed the 100 mark             | 100       | open       | count
      Arrests crossed the 1,000 milestone.                  | crossed the 1,000 milestone     | 1000      | open       | count
      Damage went past the $2 billion mark.                 | past the $2 billion mark        | 2e9       | open       | USD
      Four parties passed the 7% threshold.                 | 7%                              | 6.5       | 7.5        | percent
      It took about 2% of the vote.                         | about 2%                        | 1.5       | 2.5        | percent
      It took about 2.5% of the vote.                       | about 2.5%                      | 2.375     | 2.625      | percent
      It took about 40% of the vote.                        | about 40%                       | 38        | 42         | percent
      It took 80% of the vote.                              | 80%                             | 76        | 84         | percent
      About 1.5 lakh people left the city.                  | About 1.5 lakh people           | 142500    | 157500     | count
      The crowd was 1.5 lakh strong.                        | 1.5 lakh                        | 145000    | 155000     | count
      A couple of hundred people marched.                   | A couple of hundred people      | 200       | 300        | count
      About half a million people fled.                     | About half a million people     | 475000    | 525000     | count
      Turnout stood at 10.25 percent.                       | 10.25 percent                   | 10.245    | 10.255     | percent
      They worked after 1200 hours of training.             | 1200 hours                      | 0.136893  | 0.148300   | year
      Ages 18-24 made up a third of the crowd.              | 18-24                           | 18        | 24         | count
      """)
  void readsTheIntervalAFigureStandsFor(String sentence, String surface, Double low, Double high,
      String unit) {
    List<QuantityClaim> found = claims(sentence);
    assertThat(found).extracting(QuantityClaim::surface).contains(surface);
    QuantityClaim c = found.stream().filter(q -> q.surface().equals(surface)).findFirst()
        .orElseThrow();
    assertThat(c.quantity().unit()).isEqualTo(unit);
    if (low == null) {
      assertThat(c.quantity().low()).isNull();
    } else {
      assertThat(c.quantity().low()).isCloseTo(low, within(Math.abs(low) * 1e-4 + 1e-9));
    }
    if (high == null) {
      assertThat(c.quantity().high()).isNull();
    } else {
      assertThat(c.quantity().high()).isCloseTo(high, within(Math.abs(high) * 1e-4 + 1e-9));
    }
    assertThat(sentence.substring(c.evidence().start(), c.evidence().end())).isEqualTo(surface);
  }

  /** A firm figure says all its precision: no comparator's tolerance widens it. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Turnout was 41.37 percent.                 | 41.37 percent        | true
      More than 26% of voters backed it.         | More than 26%        | true
      More than half of the vote went to him.    | More than half       | true
      Less than a third of the seats were won.   | Less than a third    | true
      Up to a fifth of the town was destroyed.   | Up to a fifth        | true
      Around half of the vote went to him.       | Around half          | false
      A third of the ballots were spoiled.       | A third              | false
      Nearly 2,000 people were evacuated.        | Nearly 2,000 people  | false
      About 4,000 protesters attended.           | About 4,000 protesters | false
      Thousands rallied in the capital.          | Thousands            | false
      """)
  void aStatedBoundAndAPlainFigureAreFirm(String sentence, String surface, boolean firm) {
    QuantityClaim c = claims(sentence).stream().filter(q -> q.surface().equals(surface))
        .findFirst().orElseThrow();
    assertThat(c.quantity().firm()).isEqualTo(firm);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "The election was held in 2020.",
      "On 29 Nov 2021 the count began.",
      "It happened on Oct. 5 in the capital.",
      "Results came on October 5, 2020.",
      "The meeting starts at 10:30.",
      "He finished 21st in the race.",
      "A third party with close ties to the presidency also entered parliament.",
      "COVID-19 spread fast.",
      "Article 5 was invoked.",
      "One of the parties was discredited.",
      "The 1990s were turbulent.",
      "It opens at 9 pm.",
      "The G7 met in June.",
      "The line runs 24/7.",
      "No one was hurt.",
      "The revolutions of 2005-2010 changed the country.",
      "Flight 370 vanished.",
      "The report was published on 2026-11-02 in Tarnow.",
      "Results from 12-09-2026 were contested.",
      "The storm arrived on 02/11/2026 in the south.",
      "The rally began at 10.30 on Friday.",
      "The rally ran from 9.45 to 11.30 on Friday.",
      "The curfew starts at 2200 hours.",
      "The curfew starts at 0800 GMT.",
      "Ferries resumed at 03:42 local time.",
      "Officials met at 8 o'clock.",
      "Police arrived at 9.15pm.",
      "The home side won 5-3 on Sunday.",
      "Call 555-123-4567 for details.",
      "Page 2 of 3",
      "Image 3 of 7: rescuers at the site.",
      "Updated 26 November 2026, 14:05",
  })
  void readsNoFigureWhereThereIsNone(String sentence) {
    assertThat(claims(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "Rates rose from 5% to 7% in a year.",
  })
  void anEarlierValueInAChangeIsNotCompared(String sentence) {
    List<QuantityClaim> found = claims(sentence);
    assertThat(found).extracting(QuantityClaim::surface).containsExactly("5%", "7%");
    assertThat(found.get(0).measure()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Tomas Brell, the skipper, was in his early thirties.  | early thirties | 30 | 34
      Elin Varga was in her mid-30s, her family said.        | mid-30s        | 33 | 37
      The suspect, Ole Haukan, is in his late forties.       | late forties   | 46 | 50
      Neighbours said Ida Moln was in her 60s.               | 60s            | 60 | 70
      """)
  void aDecadeOfLifeIsAnAge(String sentence, String surface, double low, double high) {
    QuantityClaim c = claims(sentence).stream().filter(q -> q.surface().equals(surface))
        .findFirst().orElseThrow(() -> new AssertionError("no " + surface + " in " + sentence));
    assertThat(c.measure().orElseThrow().id()).isEqualTo("age");
    assertThat(c.quantity().low()).isEqualTo(low);
    // half-open, as ages are: "early thirties" never meets 34
    assertThat(c.quantity().high()).isLessThan(high).isGreaterThan(high - 1e-9);
    assertThat(c.subjects()).isNotEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "The house was built in the 1930s.",
      "Temperatures were in the 30s all week.",
      "The town grew fast in the sixties.",
  })
  void aDecadeThatIsNoOnesAgeIsNoAge(String sentence) {
    assertThat(claims(sentence)).noneMatch(c -> c.measure().map(m -> m.id().equals("age"))
        .orElse(false));
  }
}
