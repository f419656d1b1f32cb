package io.github.claimconflict.scope.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.Event.DatedBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A day's feed of our own: twenty unrelated stories from one day, every one of which names the
 * same capital, the same head of state and the same news agencies, with undated copies and
 * rewrites and a follow-up a month later. Every place and person is invented.
 */
class FeedScopingTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 14);

  /** One story: its town, its people, and what the wire and a local outlet write of it. */
  private record Story(String key, String headline, String wire, String local) {}

  /** Things every story of the day says: the capital, the president, the agencies. */
  private static final List<String> NATIONAL = List.of(
      "President Arlen Dask said in Velmora that the government would help.",
      "In the capital Velmora, President Arlen Dask called for calm.",
      "The office of President Arlen Dask in Velmora promised an inquiry.",
      "Speaking to reporters in Velmora, President Arlen Dask offered condolences.");

  private static final List<Story> STORIES = List.of(
      new Story("flood", "Floods cut off Brannock",
          "Floodwater from the Ostry river cut off Brannock, where mayor Ilse Varga said 30 "
              + "people had died. Rescuers from the Lindqvist Relief Corps reached the town by boat.",
          "Mayor Ilse Varga of Brannock said the Ostry river rose two metres overnight. Teams of "
              + "the Lindqvist Relief Corps searched flooded streets for survivors."),
      new Story("bus", "Bus falls into gorge near Tesk",
          "A bus carrying pilgrims fell into a gorge near Tesk, killing 12, said police chief "
              + "Doran Malek. The Halvard Coach Company owned the bus.",
          "Police chief Doran Malek said the driver lost control on the Tesk mountain road. "
              + "The Halvard Coach Company said its driver was experienced."),
      new Story("strike", "Dockers strike at Port Quillan",
          "Dockers at Port Quillan walked out over pay, said union leader Mirela Sotka of the "
              + "Quillan Dockworkers Guild. Ships queued outside the harbour.",
          "The Quillan Dockworkers Guild, led by Mirela Sotka, demanded a ten percent rise. "
              + "Traffic at Port Quillan stopped for the day."),
      new Story("fire", "Fire destroys Harrowgate market",
          "Fire destroyed the covered market of Harrowgate, fire chief Tomas Eldring said. Stall "
              + "owners from the Harrowgate Traders Union watched from the square.",
          "Fire chief Tomas Eldring blamed faulty wiring for the blaze in Harrowgate. The "
              + "Harrowgate Traders Union asked for compensation."),
      new Story("quake", "Earthquake shakes Morrow Valley",
          "An earthquake of magnitude 5.8 shook the Morrow Valley, seismologist Anya Pell of the "
              + "Kestrel Observatory said. Houses cracked in Dunmere.",
          "Seismologist Anya Pell said the Kestrel Observatory recorded two aftershocks. Families "
              + "in Dunmere slept outside."),
      new Story("election", "Orvale votes for new council",
          "Voters in Orvale chose a new council, and candidate Petra Holm of the Green Meadow "
              + "League claimed victory. Turnout was low.",
          "Petra Holm said the Green Meadow League won most seats in Orvale. Her rival Kasimir "
              + "Bode conceded."),
      new Story("mine", "Miners trapped at Skelby pit",
          "Nine miners were trapped at the Skelby pit after a collapse, said Radomir Lutz, "
              + "director of the Northfell Mining Company.",
          "Radomir Lutz of the Northfell Mining Company said air was being pumped into the "
              + "Skelby shaft. Relatives waited at the gate."),
      new Story("trial", "Former minister Jorund Vell on trial",
          "Former minister Jorund Vell went on trial at the Carrow District Court, accused of "
              + "taking bribes from the Sedgefield Group.",
          "Prosecutor Hanne Ostberg told the Carrow District Court that Jorund Vell took money "
              + "from the Sedgefield Group."),
      new Story("festival", "Lantern festival opens in Wyrmouth",
          "The lantern festival opened in Wyrmouth, where organiser Celia Marsh expected 40,000 "
              + "visitors. The Wyrmouth Arts Trust paid for the lanterns.",
          "Organiser Celia Marsh said the Wyrmouth Arts Trust hired extra trains for the "
              + "festival crowds in Wyrmouth."),
      new Story("bridge", "Crack closes Selvin bridge",
          "Engineers closed the Selvin bridge after a crack appeared, said transport official "
              + "Bertil Gaunt of the Roads Authority of Eastmarch.",
          "Bertil Gaunt said the Roads Authority of Eastmarch would inspect every span of the "
              + "Selvin bridge."),
      new Story("hospital", "Nurses protest at Calder hospital",
          "Nurses at the Calder General Hospital protested over staffing, said Ruta Vasko of the "
              + "Calder Nurses Association.",
          "Ruta Vasko said the Calder Nurses Association would strike if Calder General Hospital "
              + "hired no more staff."),
      new Story("drought", "Drought dries Lake Amsel",
          "Lake Amsel fell to its lowest level in decades, said hydrologist Oskar Brenn of the "
              + "Amsel Basin Agency. Farmers in Tollin lost their crops.",
          "Oskar Brenn said the Amsel Basin Agency would ration water for Tollin and nearby "
              + "villages."),
      new Story("rail", "Train derails at Fenwick junction",
          "A freight train derailed at Fenwick junction, spilling grain, said Ingrid Sallow of "
              + "the Midland Rail Board.",
          "Ingrid Sallow said the Midland Rail Board would reopen the Fenwick line by evening."),
      new Story("school", "Storm wrecks Pellmont school",
          "A storm tore the roof off the Pellmont primary school, head teacher Gareth Rusk said. "
              + "No pupils were hurt.",
          "Head teacher Gareth Rusk said classes at Pellmont would move to the Pellmont town "
              + "hall."),
      new Story("zoo", "Tigers escape at Ashgrove zoo",
          "Two tigers escaped at the Ashgrove zoo and were caught within an hour, keeper Lena "
              + "Drach said.",
          "Keeper Lena Drach said a broken lock let the Ashgrove tigers out."),
      new Story("factory", "Blast at Kerrin chemical plant",
          "An explosion at the Kerrin chemical plant injured 15 workers, said plant manager "
              + "Vitus Orm of Brightwell Chemicals.",
          "Vitus Orm said Brightwell Chemicals had shut the Kerrin plant for checks."),
      new Story("airport", "Fog grounds flights at Saltmere airport",
          "Fog grounded every flight at Saltmere airport, said airport spokesman Aldo Ferrant. "
              + "Passengers slept in the terminal.",
          "Aldo Ferrant said flights from Saltmere would resume once the fog lifted."),
      new Story("museum", "Thieves rob Dovecote museum",
          "Thieves took three paintings from the Dovecote museum, curator Yvette Lanois said. "
              + "The Dovecote police were searching for a grey van.",
          "Curator Yvette Lanois said the stolen Dovecote paintings were insured."),
      new Story("ferry", "Ferry runs aground off Gullholm",
          "A ferry ran aground off Gullholm with 200 passengers aboard, said coastguard captain "
              + "Sven Aldous. All were taken off safely.",
          "Coastguard captain Sven Aldous said the Gullholm ferry would be towed at high tide."),
      new Story("wildfire", "Wildfire nears Thornby",
          "A wildfire burned towards Thornby, forcing 3,000 people out, said fire officer Mara "
              + "Quint of the Thornby Fire Brigade.",
          "Mara Quint said the Thornby Fire Brigade had dug firebreaks around the town."));

  private static Article dated(String id, String source, LocalDate day, String text) {
    return new Article(id, Optional.of(source), Optional.of(day), Optional.empty(),
        Optional.empty(), text);
  }

  /** The day's feed: each story from the wire and from a local outlet. */
  private static List<Article> feed() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < STORIES.size(); i++) {
      Story s = STORIES.get(i);
      String national = NATIONAL.get(i % NATIONAL.size());
      out.add(dated(s.key() + "-wire", i % 2 == 0 ? "Reuters" : "AFP", DAY,
          s.headline() + "\n\n(Reuters) - " + s.wire() + " " + national));
      out.add(dated(s.key() + "-local", "Daily Courier", DAY,
          s.headline() + "\n\nBy Staff Writer\n\n" + s.local() + " "
              + NATIONAL.get((i + 1) % NATIONAL.size()) + " AFP contributed."));
    }
    return out;
  }

  private static List<List<String>> events(ScanReport r) {
    return r.events().stream().map(Event::articles).toList();
  }

  @Test
  void twentyStoriesOfOneDayThatShareACapitalAPresidentAndAgenciesNeverMerge() {
    List<List<String>> expected = STORIES.stream()
        .map(s -> List.of(s.key() + "-local", s.key() + "-wire")).toList();
    assertThat(events(ConflictDetector.withDefaults().scan(feed())))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aStoryAboutATownsUniversityAndOneAboutTheTownAreOneStory() {
    List<Article> articles = new ArrayList<>(feed());
    articles.add(dated("campus-wire", "Reuters", DAY, "Gunman opens fire at Kelmar State "
        + "University\n\n(Reuters) - A student opened fire at Kelmar State University on "
        + "Tuesday, killing six people, officials said. Kelmar State University cancelled its "
        + "classes for the week."));
    articles.add(dated("campus-local", "Daily Courier", DAY, "Six dead in Kelmar shooting\n\n"
        + "A gunman killed six people at a university in Kelmar on Tuesday, said governor Petra "
        + "Hollis. The governor declared three days of mourning in Kelmar."));
    List<List<String>> expected = new ArrayList<>(STORIES.stream()
        .map(s -> List.of(s.key() + "-local", s.key() + "-wire")).toList());
    expected.add(List.of("campus-local", "campus-wire"));
    assertThat(events(ConflictDetector.withDefaults().scan(articles)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void undatedCopiesAndRewritesJoinTheirDatedStory() {
    List<Article> articles = new ArrayList<>(feed());
    Story flood = STORIES.get(0);
    Story mine = STORIES.get(6);
    // A copy of the wire on an aggregator with no date, and a rewrite in other words.
    articles.add(Article.of("flood-copy", "Advertisement\n\n" + flood.headline() + "\n\n"
        + flood.wire() + " " + NATIONAL.get(0)));
    articles.add(Article.of("mine-rewrite", "Rescuers at Skelby race to reach nine men\n\n"
        + "Radomir Lutz, who runs the Northfell Mining Company, told relatives at Skelby on "
        + "Tuesday that rescuers had heard tapping. The collapse at the Skelby pit is the worst "
        + "at a Northfell mine in years."));
    ScanReport r = ConflictDetector.withDefaults().scan(articles);
    assertThat(events(r)).contains(List.of("flood-copy", "flood-local", "flood-wire"))
        .contains(List.of("mine-local", "mine-rewrite", "mine-wire"));
    Event floodEvent = r.events().stream().filter(e -> e.articles().contains("flood-copy"))
        .findFirst().orElseThrow();
    Event.Joined copy = floodEvent.joined().get(0);
    assertThat(copy.article()).isEqualTo("flood-copy");
    assertThat(copy.copies()).contains("flood-wire");
    assertThat(copy.datedBy()).isEqualTo(DatedBy.NONE);
    Event.Joined rewrite = r.events().stream().filter(e -> e.articles().contains("mine-rewrite"))
        .findFirst().orElseThrow().joined().get(1);
    assertThat(rewrite.article()).isEqualTo("mine-rewrite");
    assertThat(rewrite.shared()).contains("Radomir Lutz", "Northfell Mining Company");
    // "on Tuesday", placed within the story's dates: 14 May 2024 was a Tuesday.
    assertThat(rewrite.date()).contains(DAY);
    assertThat(rewrite.datedBy()).isEqualTo(DatedBy.TEXT_IN_EVENT);
  }

  @Test
  void aFollowUpAMonthLaterWithThePlaceAndPeopleStaysApart() {
    List<Article> articles = new ArrayList<>(feed());
    articles.add(dated("flood-month", "Daily Courier", DAY.plusMonths(1),
        "Brannock rebuilds a month after the floods\n\nMayor Ilse Varga said on Friday that "
            + "Brannock had reopened its schools. The Lindqvist Relief Corps left the town, and "
            + "the Ostry river is back within its banks."));
    ScanReport r = ConflictDetector.withDefaults().scan(articles);
    assertThat(events(r)).contains(List.of("flood-month"))
        .contains(List.of("flood-local", "flood-wire"));
  }

  /** A story told at length by three dated outlets, and briefly by an undated page. */
  private static List<Article> longStoryAndBrief(String brief) {
    List<Article> out = new ArrayList<>(feed());
    String names = " Governor Halla Brem, the Vossberg Mining Board, engineer Piet Calloway, the "
        + "Rennick Safety Institute, union head Oona Strade, the Tarrow Miners Union, medic "
        + "Ilka Dorn of Saint Bevin Hospital, minister Caspar Voll, inspector Greta Lunde, the "
        + "Kellmoor Rescue Team, priest Anselm Rook, mayor Dagny Hult of Pressby, geologist "
        + "Tiber Osk, the Marrowfield Gas Company and lawyer Nils Ebb ";
    for (String outlet : List.of("Wire", "Herald", "Courier")) {
      out.add(dated("pit-" + outlet, outlet, DAY, "Gas blast traps miners\n\n" + names
          + "spoke of the blast. Later, site chief Ruben Kask of Vossberg Mining said rescue at "
          + "the Orlen pit went on."));
    }
    out.add(Article.of("pit-brief", brief));
    return out;
  }

  @Test
  void anUndatedBriefWhoseNamesTheStoryHoldsJoinsUnlessItStatesALaterYear() {
    String brief = "Miners trapped at Orlen\n\nRuben Kask, site chief of Vossberg Mining, "
        + "said rescuers at Orlen had reached the trapped men. Vossberg Mining thanked them.";
    ScanReport r = ConflictDetector.withDefaults().scan(longStoryAndBrief(brief));
    assertThat(events(r))
        .contains(List.of("pit-Courier", "pit-Herald", "pit-Wire", "pit-brief"));
    // Below the bar for an undated article: it joins by the names the story holds.
    assertThat(r.events().stream().flatMap(e -> e.joined().stream())
        .filter(j -> j.article().equals("pit-brief")).findFirst().orElseThrow().similarity())
        .isLessThan(EventScoper.UNDATED_TO_DATED);
    String later = brief + " The pit reopened in 2031.";
    assertThat(events(ConflictDetector.withDefaults().scan(longStoryAndBrief(later))))
        .contains(List.of("pit-brief"));
  }

  @Test
  void coverageEveryOtherDayForThreeWeeksChainsNoFurtherThanAFewWindows() {
    List<Article> articles = new ArrayList<>();
    for (int d = 0; d <= 20; d += 2) {
      articles.add(dated("siege-" + (100 + d), "Daily Courier", DAY.plusDays(d),
          "Siege of Carrow goes on\n\nRebels led by Osric Fenn still hold Carrow, army "
              + "spokesman Lior Batt said, day " + d + " of the standoff in Carrow."));
    }
    ScanReport r = ConflictDetector.withDefaults().scan(articles);
    assertThat(r.events()).hasSizeGreaterThan(1);
    for (Event e : r.events()) {
      long span = java.time.temporal.ChronoUnit.DAYS.between(e.from().orElseThrow(),
          e.to().orElseThrow());
      assertThat(span).isLessThanOrEqualTo(
          EventScoper.MAX_SPAN_WINDOWS * EventScoper.DEFAULT_WINDOW_DAYS + 1);
      assertThat(e.articles()).hasSizeGreaterThan(1); // day by day, it still chains
    }
  }

  @Test
  void aPieceAboutAnEarlierDayIsPlacedByTheDayItsLeadGives() {
    // Published a week later about the rally of the 3rd: placed at the rally.
    Article late = dated("late", "Weekly", LocalDate.of(2024, 3, 10),
        "Looking back at the Orvale rally\n\nOn 3 March, thousands marched in Orvale with "
            + "Petra Holm of the Green Meadow League.");
    Article onTheDay = dated("day", "Wire", LocalDate.of(2024, 3, 3),
        "Orvale rally\n\nThousands marched in Orvale on Sunday behind Petra Holm of the Green "
            + "Meadow League.");
    assertThat(events(ConflictDetector.withDefaults().scan(List.of(late, onTheDay))))
        .containsExactly(List.of("day", "late"));
    assertThat(StoryDates.of(late).from()).contains(LocalDate.of(2024, 3, 3));
  }

  @Test
  void aPageShownWeeksAfterItsStoryJoinsItByWhatItsTextSays() {
    List<Article> articles = new ArrayList<>(feed());
    Story mine = STORIES.get(6);
    // The page's date line is the day it was shown; its text dates the story "on Tuesday".
    String shown = "18 June 2024,   06:30\n" + mine.headline() + "\n\nOn Tuesday " + mine.local();
    articles.add(Article.of("mine-shown", shown));
    ScanReport r = ConflictDetector.withDefaults().scan(articles);
    assertThat(events(r)).contains(List.of("mine-local", "mine-shown", "mine-wire"));
    Event.Joined joined = r.events().stream().flatMap(e -> e.joined().stream())
        .filter(j -> j.article().equals("mine-shown")).findFirst().orElseThrow();
    assertThat(joined.date()).contains(DAY); // 14 May 2024, a Tuesday
    assertThat(joined.datedBy()).isEqualTo(DatedBy.TEXT_IN_EVENT);
    // Its text giving a Saturday the story's dates do not hold, it stays apart.
    String saturday = shown.replace("On Tuesday", "On Saturday");
    articles.set(articles.size() - 1, Article.of("mine-shown", saturday));
    assertThat(events(ConflictDetector.withDefaults().scan(articles)))
        .contains(List.of("mine-shown"));
  }

  /**
   * A ferry sinking told at length by three dated outlets; and the home-country news that names
   * the people and towns of one country, on other days, so that those names identify.
   */
  private static List<Article> ferryStory() {
    List<Article> out = new ArrayList<>(feed());
    for (String outlet : List.of("Wire", "Herald", "Courier")) {
      out.add(dated("sinking-" + outlet, outlet, DAY, "Ferry sinks off Calvaro\n\nThe Brisa Line "
          + "ferry sank off Calvaro, captain Evander Krull said. The Calvaro Coast Guard, "
          + "governor Lucia Fenz, minister Hugo Castell and diver Tomas Ybarra led the rescue "
          + "from Port Sellick. The injured went to Santa Orla Hospital, and the Ardent Maritime "
          + "Authority opened an inquiry."));
    }
    // Home news of other months: each names two of the angle's own names among many others.
    out.add(dated("home-rowing", "Norrvik Post", DAY.minusMonths(3),
        "Rowing cup for the north\n\nCoach Britt Saelen of the Holmstad Rowing Club beat the "
            + "Dralby Oarsmen and the Kettle Bay Crew at Lake Urm. Dralby Oarsmen captain Pieter "
            + "Munk said Lake Urm was rough; the Kettle Bay Crew blamed Lake Urm's wind."));
    out.add(dated("home-church", "Norrvik Post", DAY.minusMonths(5),
        "New pastor for the north\n\nPastor Eino Vaara of Vennby will lead the Saint Lothar "
            + "Abbey, bishop Ansgar Thiel said. Bishop Ansgar Thiel and abbot Rolf Bracke "
            + "welcomed him to Saint Lothar Abbey and the town of Grisvold."));
    out.add(dated("home-politics", "Norrvik Post", DAY.minusMonths(7),
        "Cabinet changes in Norrvik\n\nSigrun Aldahl became foreign minister of Norrvik, said "
            + "prime minister Halvar Strom. Halvar Strom also named Jesper Ulvik and Maren Toft; "
            + "the Unity Party of Maren Toft welcomed it."));
    return out;
  }

  /** Norrvik's angle on the sinking: its dead, its towns, and six names of the story. */
  private static final String ANGLE = "Seven from Norrvik among the Calvaro ferry dead\n\n"
      + "Foreign minister Sigrun Aldahl said seven people from Holmstad and Vennby died when the "
      + "Brisa Line ferry sank off Calvaro. Four rowed for the Holmstad Rowing Club, coach Britt "
      + "Saelen said; pastor Eino Vaara held a vigil in Vennby. Sigrun Aldahl thanked the Calvaro "
      + "Coast Guard, captain Evander Krull and Santa Orla Hospital, and spoke to governor Lucia "
      + "Fenz, who met the families at Port Sellick. In Holmstad the Holmstad Rowing Club lowered "
      + "its flag; Britt Saelen and Eino Vaara read the names, and Norrvik mourned.";

  /** The event holding the article, as its article ids. */
  private static List<String> eventOf(ScanReport r, String article) {
    return r.events().stream().filter(e -> e.articles().contains(article)).findFirst()
        .orElseThrow().articles();
  }

  private static Event.Joined joinedOf(ScanReport r, String article) {
    return r.events().stream().flatMap(e -> e.joined().stream())
        .filter(j -> j.article().equals(article)).findFirst().orElseThrow();
  }

  @Test
  void anUndatedAngleSharingManyNamesJoinsItsStoryBelowTheUndatedBar() {
    List<Article> articles = ferryStory();
    articles.add(Article.of("sinking-angle", ANGLE));
    ScanReport r = ConflictDetector.withDefaults().scan(articles);
    assertThat(eventOf(r, "sinking-angle")).containsExactlyInAnyOrder(
        "sinking-Courier", "sinking-Herald", "sinking-Wire", "sinking-angle");
    // Its own names (Norrvik's towns, people, club: named in other articles, so identifying)
    // keep it from being held by the story, and its cosine under the bar for undated articles:
    // it joins by the many story names it shares.
    Event.Joined angle = joinedOf(r, "sinking-angle");
    assertThat(angle.similarity()).isLessThan(EventScoper.UNDATED_TO_DATED)
        .isGreaterThanOrEqualTo(EventScoper.MIN_SIMILARITY);
    assertThat(angle.datedBy()).isEqualTo(DatedBy.NONE);
  }

  @Test
  void aPageShownLaterJoinsByManySharedNamesAsAnUndatedPieceWould() {
    List<Article> articles = ferryStory();
    // The angle's page carries the day it was shown, weeks after the sinking: its date line is
    // no date of the story, so it joins as an undated piece does, by the many names it shares
    // below the cosine an undated piece needs otherwise.
    articles.add(Article.of("sinking-angle", "2 July 2024,   06:30\n" + ANGLE));
    ScanReport r = ConflictDetector.withDefaults().scan(articles);
    assertThat(eventOf(r, "sinking-angle")).containsExactlyInAnyOrder(
        "sinking-Courier", "sinking-Herald", "sinking-Wire", "sinking-angle");
    assertThat(joinedOf(r, "sinking-angle").similarity())
        .isLessThan(EventScoper.UNDATED_TO_DATED);
  }

  @Test
  void anUndatedPieceWithTheSameNamesWhoseYearsStopYearsBeforeTheStoryStaysApart() {
    List<Article> articles = ferryStory();
    // The same names, told of a sinking it dates years before the story's 2024.
    articles.add(Article.of("sinking-angle", ANGLE.replace("died when", "died in 2016 when")
        + " The inquiry closed in 2018."));
    assertThat(eventOf(ConflictDetector.withDefaults().scan(articles), "sinking-angle"))
        .containsExactly("sinking-angle");
  }

  /** A brief whose names the pit story holds, with a rescuer of its own it names thrice. */
  private static final String RESCUER_BRIEF = "Miners trapped at Orlen\n\nRuben Kask, site "
      + "chief of Vossberg Mining, said rescuers at Orlen had reached the trapped men. Rescuer "
      + "Amos Quell said the men were weak; Amos Quell carried the first out. Vossberg Mining "
      + "thanked them.";

  @Test
  void aContainedUndatedBriefJoinsBelowTheCosineOfOtherUndatedPieces() {
    ScanReport r = ConflictDetector.withDefaults().scan(longStoryAndBrief(RESCUER_BRIEF));
    assertThat(eventOf(r, "pit-brief"))
        .containsExactly("pit-Courier", "pit-Herald", "pit-Wire", "pit-brief");
    // Its rescuer, named by no other article, identifies nothing but lowers its cosine below
    // the bar at which undated pieces join by many shared names; its identifying names are all
    // the story's.
    assertThat(joinedOf(r, "pit-brief").similarity())
        .isLessThan(EventScoper.MIN_SIMILARITY)
        .isGreaterThanOrEqualTo(EventScoper.CONTAINED_FLOOR);
    // The same brief stating a year after the story's is a later story: it stays apart.
    String later = RESCUER_BRIEF + " The pit reopened in 2031.";
    assertThat(eventOf(ConflictDetector.withDefaults().scan(longStoryAndBrief(later)), "pit-brief"))
        .containsExactly("pit-brief");
  }

  @Test
  void anOutletKnownByItsDomainIsNoNameOfTheStoryItTells() {
    List<Article> articles = new ArrayList<>(feed());
    // An outlet that names itself in every paragraph ("Pitwatch informs"): without its domain's
    // ending it is still the outlet, not a name of the story, which it would outweigh.
    articles.add(dated("mine-pitwatch", "Pitwatch.net", DAY.plusDays(1),
        "Pitwatch: toll rises\n\nOstrava. 15 May. PITWATCH/ Nine miners are trapped, "
            + "Pitwatch informs citing local media. Pitwatch learned that Radomir Lutz spoke to "
            + "the families at Skelby. Pitwatch reports that air reached the shaft. Earlier "
            + "Pitwatch reported the collapse."));
    assertThat(eventOf(ConflictDetector.withDefaults().scan(articles), "mine-pitwatch"))
        .containsExactlyInAnyOrder("mine-local", "mine-pitwatch", "mine-wire");
  }

  @Test
  void aPageDateLineEarlierThanTheStoryIsNoLooseDateAndTheArticleStaysApart() {
    List<Article> articles = new ArrayList<>(feed());
    Story mine = STORIES.get(6);
    // A date line four days before the story: no page is shown before its story happened.
    String early = "10 May 2024,   06:30\n" + mine.headline() + "\n\nOn Tuesday " + mine.local();
    articles.add(Article.of("mine-early", early));
    assertThat(eventOf(ConflictDetector.withDefaults().scan(articles), "mine-early"))
        .containsExactly("mine-early");
  }

  @Test
  void aFirstLineNamingAPlaceBesideTheDateIsAFirmDateline() {
    List<Article> articles = new ArrayList<>(feed());
    Story mine = STORIES.get(6);
    // "Skelby, 18 June 2024" is the story's dateline, not a page's stamp: it stays apart.
    String firm = "Skelby, 18 June 2024\n" + mine.headline() + "\n\nOn Tuesday " + mine.local();
    articles.add(Article.of("mine-june", firm));
    assertThat(eventOf(ConflictDetector.withDefaults().scan(articles), "mine-june"))
        .containsExactly("mine-june");
  }

  /** Each capitalized word of each article as a mention of itself, lower-cased. */
  private static java.util.Map<String, List<Mention>> capitalized(List<Article> articles) {
    java.util.Map<String, List<Mention>> out = new java.util.HashMap<>();
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{L}+");
    for (Article a : articles) {
      List<Mention> ms = new ArrayList<>();
      java.util.regex.Matcher m = word.matcher(a.text());
      while (m.find()) {
        ms.add(new Mention(m.group().toLowerCase(java.util.Locale.ROOT), m.group(), m.start()));
      }
      out.put(a.id(), ms);
    }
    return out;
  }

  @Test
  void articlesAndEventsMappedOnOtherThreadsGiveTheSameEvents() {
    List<Article> articles = new ArrayList<>(feed());
    articles.add(dated("flood-later", "Daily Courier", DAY.plusDays(30), "Brannock rebuilds\n\n"
        + "A month after the Ostry river flooded Brannock, mayor Ilse Varga opened a new dyke."));
    List<EventScoper.Timing> timings = articles.stream().map(EventScoper::timing).toList();
    EventScoper scoper = new EventScoper(EventScoper.DEFAULT_WINDOW_DAYS);
    List<Event> inTurn = scoper.scopeTaking(articles, timings, capitalized(articles), List.of(),
        io.github.claimconflict.text.Mapper.IN_TURN);
    assertThat(inTurn).hasSizeGreaterThanOrEqualTo(STORIES.size());
    try (io.github.claimconflict.text.LastFirstMapper threads =
        new io.github.claimconflict.text.LastFirstMapper()) {
      assertThat(scoper.scopeTaking(articles, timings, capitalized(articles), List.of(), threads))
          .isEqualTo(inTurn);
    }
  }
}
