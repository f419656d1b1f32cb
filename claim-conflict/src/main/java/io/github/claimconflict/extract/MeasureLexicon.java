package io.github.claimconflict.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a figure measures, read from the words around it. Each {@link Entry} names a {@link
 * Measure}, the units it is counted in, the nouns it counts ("people", "parties") and its cue
 * phrases ("were injured", "threshold"). A figure takes the measure whose cue stands nearest to it
 * in its clause, among the entries its unit and noun allow.
 *
 * <p>The defaults cover the figures of election, protest and disaster coverage: crowds,
 * injured, dead, detained, evacuated, missing, buildings destroyed, damage, parties running and
 * passing, seats, vote shares, thresholds, turnout, prison sentences, ages and route lengths.
 * Users extend them:
 *
 * <pre>{@code
 * MeasureLexicon lexicon = MeasureLexicon.defaults().toBuilder()
 *     .add(MeasureLexicon.Entry.counting(new Measure("vaccinated", "people vaccinated", false))
 *         .nouns(MeasureLexicon.PEOPLE).cues("vaccinated", "received a vaccine").build())
 *     .build();
 * }</pre>
 */
public final class MeasureLexicon {

  /** Nouns for counts of people. */
  public static final ImmutableSet<String> PEOPLE =
      ImmutableSet.of(
          "people", "persons", "person", "protesters", "protestors", "demonstrators", "supporters",
          "others", "civilians", "residents", "students", "men", "women", "children", "activists",
          "rioters", "participants", "marchers", "individuals", "opponents", "officers",
          "policemen", "soldiers", "troops", "journalists", "workers", "migrants", "refugees",
          "fans", "pilgrims", "members", "youths", "adults", "victims", "passengers", "villagers",
          "worshippers", "miners", "prisoners", "inmates", "detainees", "casualties", "horsemen",
          "candidates", "voters", "citizens", "tourists", "patients", "staff", "lives", "bodies",
          "deaths", "fatalities", "injuries", "evacuees", "survivors", "nationals", "crew");

  /**
   * Nouns that count everyone a figure is about ("5,000 people", "hundreds of protesters"), with
   * the people a disaster befalls as a whole (miners in a mine, passengers on a ferry, workers
   * in a factory). Any other counted noun ("12 officers", "five children") counts a group within them: its figure
   * is a measure of its own, never compared with the total.
   */
  public static final ImmutableSet<String> EVERYONE =
      ImmutableSet.of("people", "persons", "person", "others", "individuals", "protesters",
          "protestors", "demonstrators", "supporters", "marchers", "participants", "rioters",
          "activists", "opponents", "residents", "civilians", "citizens", "casualties", "victims",
          "youths", "adults", "lives", "bodies", "deaths", "fatalities", "injuries", "evacuees",
          "survivors", "miners", "passengers", "workers");

  public static final ImmutableSet<String> PARTIES = ImmutableSet.of("party", "parties");
  public static final ImmutableSet<String> BUILDINGS =
      ImmutableSet.of("homes", "houses", "buildings", "dwellings", "structures", "apartments");
  public static final ImmutableSet<String> SEATS = ImmutableSet.of("seat", "seats", "mandates");
  /**
   * Nouns for counts of vehicles. "vehicles" counts them all; a figure of one kind ("three
   * trucks") is a measure of its own, never compared with the total.
   */
  public static final ImmutableSet<String> VEHICLES =
      ImmutableSet.of("vehicles", "vehicle", "cars", "car", "trucks", "truck", "lorries", "lorry",
          "buses", "bus", "vans", "van", "motorcycles", "coaches", "tankers", "trailers");

  /**
   * One measure and how to recognise it.
   *
   * @param measure the measure a matching figure gets
   * @param units the canonical units a figure must have (see {@link Units})
   * @param nouns the counted nouns allowed; a figure counting another noun does not match
   * @param nounRequired whether the figure must count one of {@code nouns}
   * @param nounSuffices whether counting one of {@code nouns} is enough without a cue ("30 seats")
   * @param countsTotals whether the total of a comparison ("out of 16 parties") takes this measure
   * @param cues the phrases, as lower-case words, that say a figure is of this measure
   */
  public record Entry(
      Measure measure,
      Set<String> units,
      Set<String> nouns,
      boolean nounRequired,
      boolean nounSuffices,
      boolean countsTotals,
      List<List<String>> cues) {

    public Entry {
      requireNonNull(measure, "measure");
      units = ImmutableSet.copyOf(units);
      nouns = ImmutableSet.copyOf(nouns);
      ImmutableList.Builder<List<String>> b = ImmutableList.builder();
      for (List<String> cue : cues) {
        checkArgument(!cue.isEmpty(), "empty cue for measure %s", measure.id());
        b.add(ImmutableList.copyOf(cue));
      }
      cues = b.build();
      checkArgument(!units.isEmpty(), "measure %s has no unit", measure.id());
    }

    /** Starts an entry for figures counted in plain numbers. */
    public static EntryBuilder counting(Measure measure) {
      return new EntryBuilder(measure).units(Units.COUNT);
    }

    /** Starts an entry for figures in the given canonical units. */
    public static EntryBuilder in(Measure measure, String... units) {
      return new EntryBuilder(measure).units(units);
    }
  }

  /** Builds an {@link Entry}. */
  public static final class EntryBuilder {
    private final Measure measure;
    private final List<String> units = new ArrayList<>();
    private final List<String> nouns = new ArrayList<>();
    private final List<List<String>> cues = new ArrayList<>();
    private boolean nounRequired;
    private boolean nounSuffices;
    private boolean countsTotals;

    private EntryBuilder(Measure measure) {
      this.measure = requireNonNull(measure, "measure");
    }

    public EntryBuilder units(String... units) {
      this.units.addAll(Arrays.asList(units));
      return this;
    }

    /** Nouns the figure may count; other counted nouns rule the entry out. */
    public EntryBuilder nouns(Set<String> nouns) {
      this.nouns.addAll(nouns);
      return this;
    }

    /** Nouns the figure must count. */
    public EntryBuilder requiresNoun(Set<String> nouns) {
      this.nouns.addAll(nouns);
      this.nounRequired = true;
      return this;
    }

    public EntryBuilder nounSuffices() {
      this.nounSuffices = true;
      return this;
    }

    public EntryBuilder countsTotals() {
      this.countsTotals = true;
      return this;
    }

    /** Cue phrases; each is split on spaces into lower-case words. */
    public EntryBuilder cues(String... phrases) {
      for (String p : phrases) {
        cues.add(List.of(p.toLowerCase(java.util.Locale.ROOT).split(" ")));
      }
      return this;
    }

    public Entry build() {
      return new Entry(measure, ImmutableSet.copyOf(units), ImmutableSet.copyOf(nouns),
          nounRequired, nounSuffices, countsTotals, cues);
    }
  }

  public static final Measure CROWD = new Measure("crowd", "people at the gathering", false);
  public static final Measure INJURED = new Measure("injured", "people injured", false).tally();
  public static final Measure HOSPITALISED =
      new Measure("hospitalised", "people in hospital", false).tally();
  public static final Measure INTENSIVE_CARE =
      new Measure("intensive-care", "people in intensive care", false).tally();
  public static final Measure DEAD = new Measure("dead", "people killed", false).tally();
  public static final Measure DETAINED = new Measure("detained", "people detained", false).tally();
  /**
   * Of those detained, the ones held on (custody, questioning): a subgroup, never compared with
   * the count of arrests.
   */
  public static final Measure CUSTODY = new Measure("custody", "people held in custody", false)
      .tally();
  public static final Measure CHARGED = new Measure("charged", "people charged", false).tally();
  /** Officials dismissed from their posts: "sacked three senior officials". */
  public static final Measure DISMISSED = new Measure("dismissed", "officials dismissed", false);

  /** Nouns of those who hold a post and can be dismissed from it. */
  public static final ImmutableSet<String> OFFICE_HOLDERS = ImmutableSet.of("officials",
      "figures", "officers", "generals", "ministers", "aides", "advisers", "advisors",
      "executives", "commanders", "diplomats", "judges", "managers", "directors", "chiefs",
      "employees");
  public static final Measure PARTIES_PASSING =
      new Measure("parties-passing", "parties winning seats", false);
  public static final Measure PARTIES_FAILING =
      new Measure("parties-failing", "parties failing to win seats", false);
  public static final Measure PARTIES_RUNNING =
      new Measure("parties-running", "parties running", false);
  public static final Measure SEAT_COUNT = new Measure("seats", "seats won", true);
  public static final Measure VOTE_SHARE = new Measure("vote-share", "share of the vote", true);
  public static final Measure THRESHOLD = new Measure("threshold", "vote threshold", false);
  public static final Measure TURNOUT = new Measure("turnout", "turnout", false);
  public static final Measure SENTENCE = new Measure("sentence", "prison sentence", true);
  public static final Measure AGE = new Measure("age", "age", true);
  public static final Measure ROUTE = new Measure("route", "length of the route", false);
  /** The length of a structure or of the part of it an event concerns: a collapsed section. */
  public static final Measure LENGTH = new Measure("length", "length of the section", false);
  /**
   * The drop something fell ("plunged 45 metres", "the ground 50 metres below"). Heights of
   * other things ("a 50-metre high pillar") are left unmeasured: one event has many of them, and
   * the cue word does not say whose; a wave's is {@link #WAVE_HEIGHT}.
   */
  public static final Measure DROP = new Measure("drop", "height of the fall", false);
  public static final Measure VEHICLE_COUNT = new Measure("vehicles", "vehicles involved", false);
  public static final Measure EVACUATED =
      new Measure("evacuated", "people evacuated", false).tally();
  public static final Measure DISPLACED =
      new Measure("displaced", "people displaced or homeless", false).tally();
  public static final Measure MISSING = new Measure("missing", "people missing", false).tally();
  public static final Measure TRAPPED = new Measure("trapped", "people trapped", false).tally();
  public static final Measure RESCUED = new Measure("rescued", "people rescued", false).tally();
  public static final Measure SURVIVORS = new Measure("survivors", "survivors", false).tally();
  public static final Measure ABOARD =
      new Measure("aboard", "people on board", false).tally();
  public static final Measure DESTROYED =
      new Measure("destroyed", "buildings destroyed or damaged", false);
  public static final Measure DAMAGE = new Measure("damage", "cost of the damage", false);
  public static final Measure SHARE_DESTROYED =
      new Measure("share-destroyed", "share of the place destroyed", false);
  public static final Measure AID = new Measure("aid", "aid pledged", false);
  public static final Measure FINE = new Measure("fine", "fine", true);
  public static final Measure POPULATION = new Measure("population", "population", false);
  public static final Measure CAPACITY = new Measure("capacity", "capacity", false);
  public static final Measure STOREYS = new Measure("storeys", "storeys of the building", false);
  public static final Measure MAGNITUDE = new Measure("magnitude", "magnitude", false);
  public static final Measure DEPTH = new Measure("depth", "depth", false);
  /** A distance from a place, read from its anchoring phrase; the place is its subject. */
  public static final Measure DISTANCE = new Measure("distance", "distance from", true);
  public static final Measure WIND = new Measure("wind", "wind speed", false);
  public static final Measure RAINFALL = new Measure("rainfall", "rainfall", false);
  public static final Measure AREA = new Measure("area", "area", false);
  public static final Measure YIELD = new Measure("yield", "explosive yield", false);
  /** The height of the waves (a tsunami, a surge), read from its phrase, see WaveHeight. */
  public static final Measure WAVE_HEIGHT =
      new Measure("wave-height", "height of the waves", false);
  /** The time between two blasts, read from its phrase ("seconds apart"), see BlastInterval. */
  public static final Measure BLAST_INTERVAL =
      new Measure("blast-interval", "time between the blasts", false);

  /** Nouns of a building's height. */
  public static final ImmutableSet<String> STOREY_NOUNS =
      ImmutableSet.of("story", "storey", "stories", "storeys", "floors", "floor", "storied",
          "storeyed");

  private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "RUB", "INR", "CNY"};

  private static final MeasureLexicon DEFAULTS =
      builder()
          .add(Entry.counting(CROWD).nouns(PEOPLE)
              .cues("rallied", "rally", "rallies", "gathered", "gathering", "protested",
                  "protest", "demonstrated", "demonstration", "marched", "march", "crowd",
                  "took to the streets", "turned out", "attended", "assembled", "joined the protest",
                  "protesting", "demonstrating", "marching", "rallying", "filled", "thronged",
                  "drew", "attracted", "took part", "taking part", "participated",
                  "participating", "pilgrimage", "performing", "performed", "were in the",
                  "packed")
              .build())
          .add(Entry.counting(INJURED).nouns(PEOPLE)
              .cues("injured", "wounded", "hurt", "injuries", "injuring", "wounding",
                  "were injured", "sought medical", "treated", "needed treatment")
              .build())
          .add(Entry.counting(HOSPITALISED).nouns(PEOPLE)
              .cues("hospitalised", "hospitalized", "in hospital", "admitted to hospital",
                  "taken to hospital", "in hospitals", "taken to hospitals", "were admitted",
                  "been admitted", "admitted to hospitals", "admitted to the hospital")
              .build())
          .add(Entry.counting(INTENSIVE_CARE).nouns(PEOPLE)
              .cues("intensive care", "critical condition", "in critical condition",
                  "seriously injured", "serious condition")
              .build())
          .add(Entry.counting(DEAD).nouns(PEOPLE)
              .cues("dead", "died", "killed", "deaths", "death toll", "killing", "fatalities",
                  "lost their lives", "perished", "kills", "dies", "die", "toll", "lives",
                  "bodies", "succumbed", "drowned", "lost their life", "fatality", "death",
                  "dead bodies", "bodies were recovered", "killing at least")
              .build())
          .add(Entry.counting(DETAINED).nouns(PEOPLE)
              .cues("detained", "arrested", "arrests", "detentions", "detaining", "arresting",
                  "rounded up")
              .build())
          .add(Entry.counting(CUSTODY).nouns(PEOPLE)
              .cues("in custody", "into custody", "police custody", "held for questioning",
                  "remanded", "remanded in custody", "held in custody", "placed in custody")
              .build())
          .add(Entry.counting(DISMISSED).requiresNoun(OFFICE_HOLDERS)
              .cues("fired", "fires", "fire", "sacked", "sacks", "sack", "dismissed",
                  "dismisses", "dismiss", "dismissal of", "removed", "removes", "ousted",
                  "ousts", "purged", "relieved of their duties", "relieved of their posts")
              .build())
          .add(Entry.counting(CHARGED).nouns(PEOPLE)
              .cues("charged", "indicted", "prosecuted")
              .build())
          .add(Entry.counting(PARTIES_PASSING).requiresNoun(PARTIES)
              .cues("passed", "pass", "cleared", "crossed", "won seats", "win seats",
                  "entered parliament", "entering parliament", "enter parliament", "made it into",
                  "qualified", "entered", "entering", "secured seats", "won representation",
                  "get into parliament", "got into parliament")
              .build())
          .add(Entry.counting(PARTIES_FAILING).requiresNoun(PARTIES)
              .cues("failed", "fell short", "did not", "lost", "missed", "failing")
              .build())
          .add(Entry.counting(PARTIES_RUNNING).requiresNoun(PARTIES).countsTotals()
              .cues("competing", "running", "contesting", "contested", "registered", "took part",
                  "taking part", "participating", "on the ballot", "fielded", "stood", "ran")
              .build())
          .add(Entry.counting(SEAT_COUNT).requiresNoun(SEATS).nounSuffices().build())
          .add(Entry.in(VOTE_SHARE, Units.PERCENT)
              .cues("of the vote", "of votes", "of the votes", "of the ballots", "of ballots",
                  "vote share", "share of the vote", "of the popular vote", "won", "took",
                  "received", "secured", "garnered", "polled", "came first with",
                  "came second with", "came third with", "finished with", "scored", "got",
                  "backed", "voted for", "gained", "a score of", "winning", "gaining", "wins", "gets")
              .build())
          .add(Entry.in(THRESHOLD, Units.PERCENT).cues("threshold", "barrier", "hurdle").build())
          .add(Entry.in(TURNOUT, Units.PERCENT).cues("turnout", "participation").build())
          .add(Entry.in(SENTENCE, Units.YEAR)
              .cues("sentence", "sentenced", "prison", "jail", "jailed", "imprisonment",
                  "behind bars", "prison term", "in prison")
              .build())
          .add(Entry.in(ROUTE, Units.KILOMETRE).cues("route", "course", "convoy").build())
          .add(Entry.in(LENGTH, Units.KILOMETRE)
              .cues("long", "length", "section", "stretch", "span", "portion", "segment",
                  "lengths")
              .build())
          .add(Entry.in(DROP, Units.KILOMETRE)
              .cues("below", "fell", "fall", "falling", "plunged",
                  "plunging", "plunge", "plummeted", "plummeting", "plummet", "drop", "dropped",
                  "tumbled", "tumbling", "above the ground", "above the river", "drop of")
              .build())
          .add(Entry.counting(VEHICLE_COUNT).requiresNoun(VEHICLES).nounSuffices().build())
          .add(Entry.counting(EVACUATED).nouns(PEOPLE)
              .cues("evacuated", "evacuation", "relocated", "evacuees", "moved to shelters",
                  "in shelters", "in evacuation centres", "in evacuation centers")
              .build())
          .add(Entry.counting(DISPLACED).nouns(PEOPLE)
              .cues("displaced", "fled their homes", "forced from their homes",
                  "left homeless", "homeless", "lost their homes", "without shelter")
              .build())
          .add(Entry.counting(MISSING).nouns(PEOPLE)
              .cues("missing", "unaccounted for", "still missing", "remain missing")
              .build())
          .add(Entry.counting(TRAPPED).nouns(PEOPLE)
              .cues("trapped", "still trapped", "remain trapped", "buried")
              .build())
          .add(Entry.counting(RESCUED).nouns(PEOPLE)
              .cues("rescued", "pulled out alive", "pulled alive", "saved", "brought out",
                  "plucked", "freed", "evacuated alive")
              .build())
          .add(Entry.counting(SURVIVORS).nouns(PEOPLE).cues("survivors", "survived").build())
          .add(Entry.counting(ABOARD).nouns(PEOPLE)
              .cues("on board", "aboard", "carrying", "passengers and crew", "onboard")
              .build())
          .add(Entry.counting(DESTROYED).requiresNoun(BUILDINGS)
              .cues("destroyed", "damaged", "flattened", "collapsed", "razed", "swept away")
              .build())
          .add(Entry.in(SHARE_DESTROYED, Units.PERCENT)
              .cues("destroyed", "wiped away", "wiped out", "washed away", "swept away",
                  "obliterated", "flattened", "razed", "levelled", "leveled", "submerged",
                  "under water", "underwater", "damaged")
              .build())
          .add(Entry.in(DAMAGE, CURRENCIES)
              .cues("damage", "damages", "losses", "in damage", "worth of damage")
              .build())
          .add(Entry.in(AID, CURRENCIES)
              .cues("aid", "pledged", "donated", "relief", "assistance", "emergency funds")
              .build())
          .add(Entry.in(FINE, CURRENCIES).cues("fined", "fine", "penalty").build())
          .add(Entry.counting(POPULATION).nouns(PEOPLE)
              .cues("population", "inhabitants", "home to", "city of", "town of",
                  "community of", "a population of", "populated")
              .build())
          .add(Entry.counting(CAPACITY)
              .cues("capacity", "holds", "can hold", "accommodate", "seating")
              .build())
          .add(Entry.counting(STOREYS).requiresNoun(STOREY_NOUNS).nounSuffices().build())
          .add(Entry.counting(MAGNITUDE).cues("magnitude", "richter").build())
          .add(Entry.in(DEPTH, Units.KILOMETRE).cues("depth", "deep", "underground").build())
          .add(Entry.in(WIND, Units.KILOMETRE_PER_HOUR)
              .cues("wind", "winds", "gusts", "gusting", "sustained", "windspeed")
              .build())
          .add(Entry.in(RAINFALL, Units.KILOMETRE).cues("rain", "rainfall").build())
          .add(Entry.in(AREA, Units.SQUARE_KILOMETRE)
              .cues("area", "covering", "covers", "stretch", "spanning", "burned", "burnt")
              .build())
          .add(Entry.in(YIELD, Units.KILOTON).cues("of tnt", "tnt", "yield").build())
          .build();

  private final ImmutableList<Entry> entries;

  private MeasureLexicon(List<Entry> entries) {
    this.entries = ImmutableList.copyOf(entries);
  }

  /** The lexicon of election, protest and disaster figures. */
  public static MeasureLexicon defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    entries.forEach(b::add);
    return b;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Every noun some entry counts, so the parser knows what a figure counts. */
  Set<String> countedNouns() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    entries.forEach(e -> b.addAll(e.nouns()));
    return b.build();
  }

  /** Builds a {@link MeasureLexicon}; later entries for the same measure id replace earlier ones. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    public Builder add(Entry entry) {
      requireNonNull(entry, "entry");
      entries.removeIf(e -> e.measure().id().equals(entry.measure().id()));
      entries.add(entry);
      return this;
    }

    public MeasureLexicon build() {
      return new MeasureLexicon(entries);
    }
  }
}
