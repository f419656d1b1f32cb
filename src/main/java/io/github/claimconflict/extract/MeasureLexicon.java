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
          "candidates", "voters", "citizens", "tourists", "patients", "staff");

  /**
   * Nouns that count everyone a figure is about ("5,000 people", "hundreds of protesters"). Any
   * other counted noun ("12 officers", "five children") counts a group within them: its figure
   * is a measure of its own, never compared with the total.
   */
  public static final ImmutableSet<String> EVERYONE =
      ImmutableSet.of("people", "persons", "person", "others", "individuals", "protesters",
          "protestors", "demonstrators", "supporters", "marchers", "participants", "rioters",
          "activists", "opponents", "residents", "civilians", "citizens", "casualties", "victims",
          "youths", "adults");

  public static final ImmutableSet<String> PARTIES = ImmutableSet.of("party", "parties");
  public static final ImmutableSet<String> BUILDINGS =
      ImmutableSet.of("homes", "houses", "buildings", "dwellings", "structures", "apartments");
  public static final ImmutableSet<String> SEATS = ImmutableSet.of("seat", "seats", "mandates");

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
  public static final Measure INJURED = new Measure("injured", "people injured", false);
  public static final Measure DEAD = new Measure("dead", "people killed", false);
  public static final Measure DETAINED = new Measure("detained", "people detained", false);
  public static final Measure PARTIES_PASSING =
      new Measure("parties-passing", "parties winning seats", false);
  public static final Measure PARTIES_RUNNING =
      new Measure("parties-running", "parties running", false);
  public static final Measure SEAT_COUNT = new Measure("seats", "seats won", true);
  public static final Measure VOTE_SHARE = new Measure("vote-share", "share of the vote", true);
  public static final Measure THRESHOLD = new Measure("threshold", "vote threshold", false);
  public static final Measure TURNOUT = new Measure("turnout", "turnout", false);
  public static final Measure SENTENCE = new Measure("sentence", "prison sentence", true);
  public static final Measure AGE = new Measure("age", "age", true);
  public static final Measure ROUTE = new Measure("route", "length of the route", false);
  public static final Measure EVACUATED = new Measure("evacuated", "people evacuated", false);
  public static final Measure MISSING = new Measure("missing", "people missing", false);
  public static final Measure DESTROYED =
      new Measure("destroyed", "buildings destroyed or damaged", false);
  public static final Measure DAMAGE = new Measure("damage", "cost of the damage", false);

  private static final MeasureLexicon DEFAULTS =
      builder()
          .add(Entry.counting(CROWD).nouns(PEOPLE)
              .cues("rallied", "rally", "rallies", "gathered", "gathering", "protested",
                  "protest", "demonstrated", "demonstration", "marched", "march", "crowd",
                  "took to the streets", "turned out", "attended", "assembled", "joined the protest",
                  "protesting", "demonstrating", "marching", "rallying", "filled", "thronged")
              .build())
          .add(Entry.counting(INJURED).nouns(PEOPLE)
              .cues("injured", "wounded", "hurt", "hospitalised", "hospitalized", "injuries",
                  "injuring", "wounding", "were injured", "sought medical", "treated", "needed treatment")
              .build())
          .add(Entry.counting(DEAD).nouns(PEOPLE)
              .cues("dead", "died", "killed", "deaths", "death toll", "killing", "fatalities",
                  "lost their lives", "perished", "kills", "dies", "die")
              .build())
          .add(Entry.counting(DETAINED).nouns(PEOPLE)
              .cues("detained", "arrested", "arrests", "detentions", "detaining", "arresting",
                  "taken into custody", "rounded up")
              .build())
          .add(Entry.counting(PARTIES_PASSING).requiresNoun(PARTIES)
              .cues("passed", "pass", "cleared", "crossed", "won seats", "win seats",
                  "entered parliament", "entering parliament", "enter parliament", "made it into",
                  "qualified", "entered", "entering", "secured seats", "won representation",
                  "get into parliament", "got into parliament")
              .build())
          .add(Entry.counting(PARTIES_RUNNING).requiresNoun(PARTIES).countsTotals()
              .cues("competing", "running", "contesting", "contested", "registered", "took part",
                  "taking part", "participating", "on the ballot", "fielded", "stood", "ran")
              .build())
          .add(Entry.counting(SEAT_COUNT).requiresNoun(SEATS).nounSuffices().build())
          .add(Entry.in(VOTE_SHARE, Units.PERCENT)
              .cues("of the vote", "of votes", "of the votes", "of the ballots", "of ballots",
                  "vote share", "share of the vote", "of the popular vote", "won", "took",
                  "received", "secured", "garnered", "polled")
              .build())
          .add(Entry.in(THRESHOLD, Units.PERCENT).cues("threshold", "barrier", "hurdle").build())
          .add(Entry.in(TURNOUT, Units.PERCENT).cues("turnout", "participation").build())
          .add(Entry.in(SENTENCE, Units.YEAR)
              .cues("sentence", "sentenced", "prison", "jail", "jailed", "imprisonment",
                  "behind bars", "prison term", "in prison")
              .build())
          .add(Entry.in(ROUTE, Units.KILOMETRE).cues("route", "course", "convoy", "long").build())
          .add(Entry.counting(EVACUATED).nouns(PEOPLE)
              .cues("evacuated", "displaced", "fled their homes", "forced from their homes",
                  "left homeless", "homeless", "evacuation", "relocated")
              .build())
          .add(Entry.counting(MISSING).nouns(PEOPLE)
              .cues("missing", "unaccounted for", "still missing", "remain missing")
              .build())
          .add(Entry.counting(DESTROYED).requiresNoun(BUILDINGS)
              .cues("destroyed", "damaged", "flattened", "collapsed", "razed", "swept away")
              .build())
          .add(Entry.in(DAMAGE, "USD", "EUR", "GBP", "JPY", "RUB", "INR", "CNY")
              .cues("damage", "damages", "losses", "in damage", "worth of damage")
              .build())
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
