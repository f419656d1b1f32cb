package io.github.claimconflict.extract;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.Measure;
import io.github.claimconflict.claim.Quantity;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.claim.Units;
import io.github.claimconflict.extract.NameReader.Name;
import io.github.claimconflict.extract.QuantityParser.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts {@link QuantityClaim}s: every figure in the article with its interval, what it measures
 * (through a {@link MeasureLexicon}), whom it is about, and its context.
 */
public final class QuantityExtractor implements ClaimExtractor<QuantityClaim> {

  /** How far from a figure, in tokens, a cue phrase may stand. */
  private static final int RIGHT_WINDOW = 8;
  private static final int LEFT_WINDOW = 6;

  private final MeasureLexicon lexicon;
  private final QuantityParser parser;
  /** Every noun some entry counts, gathered once: each sentence with a breakdown reads them. */
  private final Set<String> countedNouns;
  /** Every entry's cues in one matcher, built once: a token is looked up, not scanned for. */
  private final PhraseMatcher<MeasureLexicon.Entry> cues;

  public QuantityExtractor(MeasureLexicon lexicon) {
    this.lexicon = requireNonNull(lexicon, "lexicon");
    this.countedNouns = lexicon.countedNouns();
    this.parser = new QuantityParser(countedNouns);
    PhraseMatcher.Builder<MeasureLexicon.Entry> b = PhraseMatcher.builder();
    for (MeasureLexicon.Entry e : lexicon.entries()) {
      for (List<String> cue : e.cues()) {
        b.add(cue, e);
      }
    }
    this.cues = b.build();
  }

  /** An extractor with the default lexicon. */
  public QuantityExtractor() {
    this(MeasureLexicon.defaults());
  }

  @Override
  public List<QuantityClaim> extract(ArticleText text) {
    Article article = text.article();
    List<Sentences.Sentence> sentences = text.sentences();
    List<QuantityClaim> claims = new ArrayList<>();
    QuantityClaim carried = null;
    int carriedFrom = -2;
    for (int s = 0; s < sentences.size(); s++) {
      if (text.isBoilerplate(s)) {
        continue;
      }
      List<Token> t = text.tokens(s);
      List<Parsed> found = parser.parse(t);
      List<ClockReader.Clock> clocks = ClockReader.clocks(t);
      if (found.isEmpty() && clocks.isEmpty()) {
        continue;
      }
      List<Name> names = text.names(s);
      EvidenceWindows windows = new EvidenceWindows(sentences.get(s).text(),
          sentences.get(s).start());
      FigurePlace.SentencePlaces places = new FigurePlace.SentencePlaces(t, names);
      QuantityClaim previous = null;
      Parsed previousParsed = null;
      // the last measured figure of the sentence just before, for "Another 40 were injured."
      QuantityClaim lastBefore = carriedFrom == s - 1 ? carried : null;
      for (Parsed p : found) {
        QuantityClaim c = toClaim(article, windows, t, p, names, places,
            FigureTime.days(t, p.first(), p.last()), text, s);
        if (c.measure().isEmpty() && previous != null && previous.measure().isPresent()
            && previous.quantity().unit().equals(c.quantity().unit()) && refersBack(t, p)) {
          // "..., while police put the number at 15,000": the number is the earlier figure's.
          c = new QuantityClaim(c.evidence(), c.surface(), c.quantity(), previous.measure(),
              previous.subjects(), c.distribution(), c.places(), c.days(), c.anchor(),
              c.claimant());
        }
        if (c.measure().isEmpty() && previous != null
            && previous.measure().filter(Measure::perSubject).isPresent()
            && previous.quantity().unit().equals(c.quantity().unit())
            && c.quantity().unit().equals(Units.PERCENT) && p.role() == QuantityParser.Role.VALUE
            && !ContextReader.isNegator(t.get(Math.max(0, p.first() - 1)))) {
          // "Petrovic took 60% of the vote, his rival about 10 percent": the elided measure
          // is the neighbouring figure's, about the name nearest this one.
          List<String> own = subjects(names, p, c.distribution());
          if (!own.isEmpty()) {
            c = new QuantityClaim(c.evidence(), c.surface(), c.quantity(), previous.measure(),
                own, c.distribution(), c.places(), c.days(), c.anchor(), c.claimant());
          }
        }
        if (c.measure().isEmpty() && previous != null && p.noun().isEmpty()
            && is(previous.measure(), MeasureLexicon.INJURED)
            && p.last() < t.size() && SEVERELY.contains(t.get(p.last()).lower())) {
          // "140 people injured, six seriously": the elided noun and verb are the injured's.
          c = new QuantityClaim(c.evidence(), c.surface(), c.quantity(),
              Optional.of(MeasureLexicon.INTENSIVE_CARE), List.of(), c.distribution(),
              c.places(), c.days(), c.anchor(), c.claimant());
        }
        if (c.measure().isEmpty() && previous != null && previousParsed != null
            && previous.measure().isPresent()
            && previous.quantity().unit().equals(c.quantity().unit())
            && p.first() > 0 && t.get(p.first() - 1).is("(")
            && previousParsed.last() == p.first() - 1) {
          // "a 300-metre (980 feet) stretch": the conversion is the same figure's.
          c = new QuantityClaim(c.evidence(), c.surface(), c.quantity(), previous.measure(),
              previous.subjects(), c.distribution(), c.places(), c.days(), c.anchor(),
              c.claimant());
        }
        QuantityClaim addedTo = previous != null ? previous : lastBefore;
        if (c.measure().isEmpty() && addedTo != null && addedGroup(t, p)) {
          // "killed 18 people and injured 117 more": the added ones are more than the first
          // figure's, but counted by a measure of their own, whose whole they are.
          Parsed whole = new Parsed(p.first(), p.last(), p.quantity(), p.hedge(),
              QuantityParser.Role.VALUE, p.noun(), p.hasTotal());
          QuantityClaim own = toClaim(article, windows, t, whole, names, places,
              FigureTime.days(t, p.first(), p.last()), text, s);
          Optional<Measure> m = own.measure();
          Measure first = addedTo.measure().get();
          if (m.isPresent() && m.get().running() && first.running()
              && addedTo.quantity().unit().equals(own.quantity().unit())
              && !m.get().id().equals(first.id())
              && (!m.get().id().contains(":") && !first.id().startsWith(m.get().id() + ":")
                  || WHERE_THEY_DIED.contains(m.get().id()))) {
            c = own;
          }
        }
        if (c.measure().isEmpty() && previous != null && previousParsed != null
            && listedGroupAfter(t, previousParsed, p)) {
          // "Killed were at least 45 Dravonians and 25 Ostravians": a group listed beside a
          // group of the same count is a part of that count too.
          Measure before = previous.measure().get();
          String id = before.id();
          Measure base = lexicon.entries().stream().map(MeasureLexicon.Entry::measure)
              .filter(e -> id.startsWith(e.id() + ":")).findFirst().orElse(null);
          if (base != null) {
            c = new QuantityClaim(c.evidence(), c.surface(), c.quantity(),
                Optional.of(narrowed(base, groupOf(t, p))), c.subjects(), c.distribution(),
                c.places(), c.days(), c.anchor(), c.claimant());
          }
        }
        if (c.measure().isPresent()) {
          previous = c;
          previousParsed = p;
        }
        claims.add(c);
      }
      if (previous != null) {
        carried = previous;
        carriedFrom = s;
      }
      partsOfOneSentence(t, found, claims);
      byWhereTheyDied(claims, claims.size() - found.size());
      bySite(found, claims, places);
      int base = claims.size() - found.size();
      byOrigin(article, windows, t, names, claims, base);
      moments(article, windows, t, clocks, claims, base);
    }
    return claims;
  }

  /**
   * "Twelve died at the scene and six others died later": the dead split by where they died
   * are pinned by their sum, like a breakdown by origin, so a later split of a toll that has
   * grown since (12 and 7) is another snapshot, never a conflict.
   */
  private static void byWhereTheyDied(List<QuantityClaim> claims, int base) {
    List<Integer> parts = new ArrayList<>();
    Set<String> kinds = new java.util.HashSet<>();
    double sum = 0;
    for (int k = base; k < claims.size(); k++) {
      QuantityClaim c = claims.get(k);
      Optional<Measure> m = c.measure();
      if (m.isPresent() && WHERE_THEY_DIED.contains(m.get().id())
          && c.quantity().low() != null && c.quantity().low().equals(c.quantity().high())) {
        parts.add(k);
        kinds.add(m.get().id());
        sum += c.quantity().low();
      }
    }
    if (kinds.size() < 2) {
      return;
    }
    for (int k : parts) {
      QuantityClaim c = claims.get(k);
      claims.set(k, new QuantityClaim(c.evidence(), c.surface(), c.quantity(), c.measure(),
          c.subjects(), c.distribution(), c.places(), c.days(),
          Optional.of("in a breakdown of " + (long) sum), c.claimant()));
    }
  }

  /**
   * Whether a part figure is one added to a count just given: "117 more", "another 40",
   * "an additional 12" (not "the other three", a part of a whole named elsewhere).
   */
  private static boolean addedGroup(List<Token> t, Parsed p) {
    if (p.role() != QuantityParser.Role.PARTIAL || p.hasTotal()) {
      return false;
    }
    int b = p.first() - 1;
    boolean before = b >= 0 && ADDED_BEFORE.contains(t.get(b).lower())
        && (b == 0 || !t.get(b - 1).is("the"));
    boolean after = p.last() < t.size() && t.get(p.last()).is("more");
    return before || after;
  }

  /** The parts of the dead by where they died ({@link #whereTheyDied}). */
  private static final Set<String> WHERE_THEY_DIED = Set.of(
      MeasureLexicon.DEAD.id() + ":at the scene",
      MeasureLexicon.DEAD.id() + ":in hospital or later");

  private static final Set<String> ADDED_BEFORE = Set.of("another", "additional", "further");

  /**
   * Whether {@code p} is a group of people counted right after {@code before} in one list
   * ("45 Dravonians and 25 Ostravians", "12 Dravonians, 3 Ostravians"), both narrowed groups.
   */
  private static boolean listedGroupAfter(List<Token> t, Parsed before, Parsed p) {
    if (before.noun().isEmpty() || p.noun().isEmpty() || p.role() != QuantityParser.Role.VALUE
        || !p.quantity().unit().equals(Units.COUNT)) {
      return false;
    }
    int gap = p.first() - before.last();
    boolean joined = gap == 1 && (t.get(before.last()).is("and") || t.get(before.last()).is(","))
        || gap == 2 && t.get(before.last()).is(",") && t.get(before.last() + 1).is("and");
    if (!joined) {
      return false;
    }
    String noun = p.noun().get();
    Token nounToken = t.get(p.last() - 1);
    boolean group = nounToken.isCapitalized() && nounToken.lower().equals(noun)
        || MeasureLexicon.PEOPLE.contains(noun) && !MeasureLexicon.EVERYONE.contains(noun);
    return group && (p.last() >= t.size() || !t.get(p.last()).is("of"));
  }

  /**
   * "two years for incitement and another two years for breaching the rules": terms each given
   * for its own charge are parts of one sentence, never compared with the whole.
   */
  private static void partsOfOneSentence(List<Token> t, List<Parsed> found,
      List<QuantityClaim> claims) {
    int base = claims.size() - found.size();
    List<Integer> parts = new ArrayList<>();
    boolean another = false;
    for (int k = 0; k < found.size(); k++) {
      QuantityClaim c = claims.get(base + k);
      Parsed p = found.get(k);
      if (!is(c.measure(), MeasureLexicon.SENTENCE)
          && p.role() != QuantityParser.Role.PARTIAL) {
        continue;
      }
      for (int i = p.last(); i < Math.min(t.size(), p.last() + 4); i++) {
        if (t.get(i).is("for") || t.get(i).is("under")) {
          parts.add(base + k);
          another |= p.first() > 0 && t.get(p.first() - 1).is("another");
          break;
        }
        if (ContextReader.isBoundary(t.get(i))) {
          break;
        }
      }
    }
    if (parts.size() >= 2 || another) {
      for (int i : parts) {
        QuantityClaim c = claims.get(i);
        claims.set(i, new QuantityClaim(c.evidence(), c.surface(), c.quantity(), Optional.empty(),
            List.of(), c.distribution(), c.places(), c.days(), c.anchor(), c.claimant()));
      }
    }
  }

  /**
   * "42 killed in Arlen, 10 in Brisk": in a sentence that lists figures site by site, each
   * figure's places are its own site's, so one site's toll is never set against another's.
   */
  private static void bySite(List<Parsed> found, List<QuantityClaim> claims,
      FigurePlace.SentencePlaces places) {
    if (found.size() < 2) {
      return;
    }
    int base = claims.size() - found.size();
    List<FigurePlace.Span> spans = new ArrayList<>(found.size());
    for (Parsed p : found) {
      spans.add(new FigurePlace.Span(p.first(), p.last()));
    }
    // Entries of one list: tallies of one measure, or a tally beside a figure that reads none
    // ("another 17 dead at a church in Brisk" is a part, whose measure is the list's); a
    // standing figure ("Arlen, a city of 146,000") describes its place and lists no site.
    List<Set<String>> own = places.bySite(spans, (a, b) -> {
      Optional<Measure> x = claims.get(base + a).measure();
      Optional<Measure> y = claims.get(base + b).measure();
      return claims.get(base + a).quantity().unit().equals(claims.get(base + b).quantity().unit())
          && (x.isPresent() || y.isPresent())
          && x.map(Measure::running).orElse(true) && y.map(Measure::running).orElse(true)
          && (x.isEmpty() || y.isEmpty() || x.get().id().equals(y.get().id()));
    });
    for (int k = 0; k < own.size(); k++) {
      if (!own.get(k).isEmpty()) {
        QuantityClaim c = claims.get(base + k);
        claims.set(base + k, new QuantityClaim(c.evidence(), c.surface(), c.quantity(),
            c.measure(), c.subjects(), c.distribution(), own.get(k), c.days(), c.anchor(),
            c.claimant()));
      }
    }
  }

  /**
   * "six of the dead came from Arlen, three each from Brisk and Corve and one from Dell": each part
   * of a breakdown by origin is its own sub-group, about its origin, never the whole count. Two
   * or more exact parts are pinned by their sum, so two articles' breakdowns of the same list
   * are compared part by part while a list that has grown since is another snapshot; a lone part
   * stays a running tally like its whole.
   */
  private void byOrigin(Article article, EvidenceWindows windows, List<Token> t,
      List<Name> names, List<QuantityClaim> claims, int base) {
    List<Breakdown.Part> parts = Breakdown.parts(t, names, countedNouns);
    if (parts.isEmpty()) {
      return;
    }
    List<QuantityClaim> own = new ArrayList<>(parts.size());
    Measure whole = null;
    for (Breakdown.Part part : parts) {
      QuantityClaim c = claimAt(claims, base, t.get(part.amountStart()).start());
      own.add(c);
      if (whole == null && part.headFirst() >= 0) {
        whole = measureOrNull(peopleEntryBefore(t, part.headFirst(), part.headEnd(), false));
      }
    }
    if (whole == null && parts.size() >= 2) {
      whole = measureOrNull(peopleEntryBefore(t, 0, parts.get(0).amountStart(), false));
    }
    if (whole == null && own.get(0) != null && own.get(0).measure().isPresent()
        && own.get(0).quantity().unit().equals(Units.COUNT)) {
      whole = own.get(0).measure().get();
    }
    if (whole == null) {
      return;
    }
    boolean exact = parts.size() >= 2;
    double sum = 0;
    for (int k = 0; k < parts.size(); k++) {
      QuantityClaim c = own.get(k);
      exact &= c == null || c.quantity().low() != null
          && c.quantity().low().equals(c.quantity().high());
      sum += parts.get(k).contribution();
    }
    Measure measure = new Measure(whole.id() + "-by-origin", whole.label() + ", by origin", true,
        whole.running() && !exact);
    for (int k = 0; k < parts.size(); k++) {
      Breakdown.Part part = parts.get(k);
      QuantityClaim c = own.get(k);
      Optional<String> anchor = exact
          ? Optional.of("in a breakdown of " + (long) sum)
          : c == null ? Optional.empty() : c.anchor();
      QuantityClaim made;
      if (c == null) {
        int start = t.get(part.amountStart()).start();
        int end = t.get(part.amountEnd() - 1).end();
        Amount a = Amount.read(t, part.amountStart());
        made = new QuantityClaim(windows.of(article.id(), start, end),
            article.text().substring(start, end),
            new Quantity(a.value(), a.value(), Units.COUNT, Hedge.NONE.tolerated(a, null, false)),
            Optional.of(measure), part.origins(), part.distribution(), Set.of(), Set.of(), anchor,
            Attribution.claimant(t, part.amountStart(), part.amountEnd()));
        insertInTextOrder(claims, base, made);
      } else {
        made = new QuantityClaim(c.evidence(), c.surface(), c.quantity(), Optional.of(measure),
            part.origins(), part.distribution(), Set.of(), c.days(), anchor, c.claimant());
        claims.set(claims.indexOf(c), made);
      }
    }
  }

  /**
   * "the quake struck at 10:37 local time", "the miners were discovered at 6.45pm": a clock time is a
   * figure when it is the moment of the event or of a discovery ({@link EventMoment}); other
   * times only date the figures around them.
   */
  private static void moments(Article article, EvidenceWindows windows, List<Token> t,
      List<ClockReader.Clock> clocks, List<QuantityClaim> claims, int base) {
    for (ClockReader.Clock clock : clocks) {
      Optional<Measure> measure = EventMoment.of(t, clock.prefix(), clock.last());
      if (measure.isEmpty()) {
        continue;
      }
      int start = t.get(clock.first()).start();
      int end = t.get(clock.last() - 1).end();
      QuantityClaim c = new QuantityClaim(windows.of(article.id(), start, end),
          article.text().substring(start, end), clock.quantity(), measure, List.of(),
          Distribution.NONE, Set.of(), FigureTime.days(t, clock.prefix(), clock.last()),
          FigureTime.anchor(t, clock.first(), clock.last())
              .or(() -> FigureTime.whichEvent(t, clock.prefix(), clock.last())),
          Attribution.claimant(t, clock.first(), clock.last()));
      insertInTextOrder(claims, base, c);
    }
  }

  /** The claim of this sentence whose figure starts at {@code start} characters, or null. */
  private static QuantityClaim claimAt(List<QuantityClaim> claims, int base, int start) {
    for (int k = base; k < claims.size(); k++) {
      QuantityClaim c = claims.get(k);
      if (c.evidence().start() <= start && start < c.evidence().end()) {
        return c;
      }
    }
    return null;
  }

  /** Adds a claim among this sentence's (from {@code base}) in the order of the text. */
  private static void insertInTextOrder(List<QuantityClaim> claims, int base, QuantityClaim c) {
    int at = base;
    while (at < claims.size() && claims.get(at).evidence().start() < c.evidence().start()) {
      at++;
    }
    claims.add(at, c);
  }

  private QuantityClaim toClaim(Article article, EvidenceWindows windows, List<Token> t,
      Parsed p, List<Name> names, FigurePlace.SentencePlaces places, Set<String> days,
      ArticleText text, int sentence) {
    int start = t.get(p.first()).start();
    int end = t.get(p.last() - 1).end();
    Evidence evidence = windows.of(article.id(), start, end);
    Optional<Measure> measure = measureOf(t, p, names);
    Distribution distribution = ContextReader.distribution(t, p.first(), p.last());
    List<String> subjects = is(measure, MeasureLexicon.AGE)
        ? AgeSubject.of(t, p.first(), p.last(), names, text, sentence)
        : measure.filter(Measure::perSubject).isPresent()
        ? subjects(names, p, distribution)
        : List.of();
    if (p.quantity().unit().equals(Units.KILOMETRE)) {
      // Its anchoring phrase ("below the surface", "south of the capital") says more about a length
      // than a cue word near it.
      Optional<Anchored> anchored = anchored(t, p, names, text, sentence);
      if (anchored.isPresent()) {
        measure = Optional.of(anchored.get().measure());
        subjects = anchored.get().subject().map(List::of).orElse(List.of());
      } else if (WaveHeight.of(t, p.first(), p.last())) {
        measure = Optional.of(MeasureLexicon.WAVE_HEIGHT);
        subjects = List.of();
      }
    }
    boolean blastInterval = p.quantity().unit().equals(Units.YEAR)
        && !is(measure, MeasureLexicon.AGE) && BlastInterval.of(t, p.first(), p.last());
    if (blastInterval) {
      measure = Optional.of(MeasureLexicon.BLAST_INTERVAL);
      subjects = List.of();
    }
    Set<String> own = is(measure, MeasureLexicon.DISTANCE)
        ? places.locatedBy(p.first(), p.last())
        : placesOf(t, p, measure, names, places);
    if (own.isEmpty() && is(measure, MeasureLexicon.POPULATION)
        && someSettlement(t, p.first())) {
      // "rescuers had no news from a town of 20,000": some town, not the story's own.
      measure = Optional.empty();
    }
    if (days.isEmpty() && measure.map(Measure::running).orElse(false)
        && article.published().isPresent() && updated(t, p)) {
      // "the toll had risen to 1,200", "the latest toll": a tally the sentence itself calls an
      // update is its article's moment's, so one published days after another is no dispute.
      days = Set.of("as of " + article.published().get());
    }
    return new QuantityClaim(
        evidence,
        article.text().substring(start, end),
        p.quantity(),
        measure,
        subjects,
        distribution,
        own,
        days,
        // the blast it follows ("a second blast ... later") is what it measures to, no moment
        blastInterval ? Optional.empty() : anchor(t, p, measure),
        Attribution.claimant(t, p.first(), p.last()));
  }

  /** Whether a figure's measure is {@code kind}, by id. */
  private static boolean is(Optional<Measure> measure, Measure kind) {
    return measure.isPresent() && measure.get().id().equals(kind.id());
  }

  /**
   * The figure's places; a population with none read is the place named just before it:
   * "Arlen, home to 100,000", "Arlen has a population of 15 million".
   */
  private static Set<String> placesOf(List<Token> t, Parsed p, Optional<Measure> measure,
      List<Name> names, FigurePlace.SentencePlaces places) {
    Set<String> own = places.forFigure(p.last());
    if (!own.isEmpty() || !is(measure, MeasureLexicon.POPULATION)) {
      return own;
    }
    for (int k = names.size() - 1; k >= 0; k--) {
      Name n = names.get(k);
      if (n.last() <= p.first()) {
        if (p.first() - n.last() > POPULATION_REACH) {
          break;
        }
        for (int i = n.last(); i < p.first(); i++) {
          if (ContextReader.isBoundary(t.get(i)) && !t.get(i).is(",")) {
            return own;
          }
        }
        return Set.of(n.text().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return own;
  }

  /** Whether "a city of", "a town of" (a settlement, indefinite) stands just before the figure. */
  private static boolean someSettlement(List<Token> t, int first) {
    for (int i = first - 1; i >= 1 && i >= first - 4; i--) {
      if ((SETTLEMENTS.contains(t.get(i).lower()) || t.get(i).is("community"))
          && (t.get(i - 1).is("a") || t.get(i - 1).is("an"))) {
        return true;
      }
    }
    return false;
  }

  /** Words by which a sentence calls a running tally an update of an earlier one. */
  private static final Set<String> UPDATE_WORDS = Set.of("latest", "reached", "rose", "risen",
      "climbed", "jumped", "soared", "updated", "revised", "increased", "mounted");

  /** Whether the figure's clause calls it an update: "had risen to", "the latest toll". */
  private static boolean updated(List<Token> t, Parsed p) {
    int[] c = ContextReader.clause(t, p.first(), p.last());
    for (int i = Math.max(c[0], p.first() - 8); i < Math.min(c[1], p.last() + 3); i++) {
      if (UPDATE_WORDS.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens before its population a place may stand: "Arlen, with a population of". */
  private static final int POPULATION_REACH = 8;

  /**
   * The time a figure is put at, when not the event's own: another year or period ("last
   * year"), an earlier report ("had said", "initially"), a revised value ("reduced to"), or, for
   * a running tally, a projection of its final figure ("could reach").
   */
  private static Optional<String> anchor(List<Token> t, Parsed p, Optional<Measure> measure) {
    Optional<String> a = FigureTime.anchor(t, p.first(), p.last())
        .or(() -> FigureTime.whichEvent(t, p.first(), p.last()));
    if (a.isPresent()) {
      return a;
    }
    if (FigurePlace.wideScope(t, p.first(), p.last())) {
      return Optional.of("across many places");
    }
    if (FigureTime.revised(t, p.first(), p.last())) {
      return Optional.of("revised");
    }
    if (measure.isPresent() && FigureTime.soFar(t, p.first(), p.last())) {
      return Optional.of("a count so far");
    }
    if (measure.map(Measure::running).orElse(false)
        && FigureTime.projected(t, p.first(), p.last())) {
      return Optional.of("projected");
    }
    if (FigureTime.earlierReport(t, p.first(), p.last())) {
      return Optional.of("an earlier report");
    }
    if (measure.isPresent() && FigureTime.hypothetical(t, p.first(), p.last())) {
      return Optional.of("projected");
    }
    return Optional.empty();
  }

  /** The subjects of a per-subject figure: the nearest name before it, else after it. */
  private static List<String> subjects(List<Name> names, Parsed p, Distribution distribution) {
    List<String> before = new ArrayList<>();
    for (Name n : names) {
      if (n.last() <= p.first() && p.first() - n.last() <= ContextReader.CONTEXT_WINDOW) {
        before.add(0, n.text());
      }
    }
    if (!before.isEmpty()) {
      return distribution == Distribution.NONE ? List.of(before.get(0)) : before;
    }
    for (Name n : names) {
      if (n.first() >= p.last() && n.first() - p.last() <= ContextReader.CONTEXT_WINDOW) {
        return List.of(n.text());
      }
    }
    return List.of();
  }

  private Optional<Measure> measureOf(List<Token> t, Parsed p, List<Name> names) {
    switch (p.role()) {
      case PARTIAL:
        return predicateGroup(t, p); // "six of the dead were children": a group of its own
      case AGE:
        return Optional.of(MeasureLexicon.AGE);
      case TOTAL:
        for (MeasureLexicon.Entry e : lexicon.entries()) {
          if (e.countsTotals() && p.noun().isPresent() && e.nouns().contains(p.noun().get())) {
            return Optional.of(e.measure());
          }
        }
        return Optional.empty();
      default:
        break;
    }
    Optional<Measure> group = subGroup(t, p).or(() -> predicateGroup(t, p));
    if (group.isPresent()) {
      return group;
    }
    if (amongAWhole(t, p)) {
      return Optional.empty(); // "three residents were among the injured": some of them
    }
    Map<MeasureLexicon.Entry, CueHit> hits = cueHits(t, p);
    MeasureLexicon.Entry best = null;
    double bestDistance = Double.MAX_VALUE;
    int bestCueAt = -1;
    // "Fourteen Indians": a capitalized plural is a group of people the lexicon need not list.
    Token nounToken = p.last() > 0 ? t.get(p.last() - 1) : null;
    boolean people = p.noun().isPresent() && nounToken != null && nounToken.isCapitalized()
        && nounToken.lower().equals(p.noun().get());
    for (MeasureLexicon.Entry e : lexicon.entries()) {
      if (!e.units().contains(p.quantity().unit()) || (p.hasTotal() && e.countsTotals())) {
        continue; // in "six of the 19 parties on the ballot", the ballot is the 19's
      }
      if (p.noun().isPresent()) {
        boolean allowed = e.nouns().isEmpty() || e.nouns().contains(p.noun().get())
            || people && e.nouns().equals(MeasureLexicon.PEOPLE);
        if (!allowed) {
          continue;
        }
        if (e.nounSuffices()) {
          best = e;
          bestDistance = -1;
          bestCueAt = -1;
          continue;
        }
      } else if (e.nounRequired()) {
        continue;
      }
      CueHit hit = hits.get(e);
      if (hit != null && hit.distance() < bestDistance) {
        best = e;
        bestDistance = hit.distance();
        bestCueAt = hit.at();
      }
    }
    if (best != null && best.measure().equals(MeasureLexicon.INJURED) && bestDistance < 1) {
      // "24 injured succumbed to their wounds": the injured named right by the figure, the
      // verb right after says what became of them.
      int after = Math.max(bestCueAt, p.last() - 1);
      for (Map.Entry<MeasureLexicon.Entry, CueHit> h : hits.entrySet()) {
        if (h.getKey().measure().equals(MeasureLexicon.DEAD)
            && h.getValue().at() > after && h.getValue().at() <= after + 2) {
          best = h.getKey();
          bestCueAt = h.getValue().at();
        }
      }
    }
    if (best == null || negated(t, p, bestCueAt)) {
      return Optional.empty();
    }
    if (best.measure().equals(MeasureLexicon.STOREYS)) {
      for (int i = p.first(); i < p.last(); i++) {
        if (PART_OF_A_BUILDING.contains(t.get(i).lower())) {
          return Optional.empty(); // "its three top floors caved in": a part, not the building
        }
      }
      return Optional.of(storeysOf(t, p.last(), names));
    }
    Measure m = best.measure();
    Optional<String> where = bestCueAt >= 0 && m.equals(MeasureLexicon.DEAD)
        ? whereTheyDied(t, bestCueAt) : Optional.empty();
    if (where.isPresent()) {
      return Optional.of(narrowed(m, where.get()));
    }
    String noun = p.noun().orElse("");
    // "three trucks", "three heavy vehicles": one kind of vehicle, not all of them.
    boolean ofAKind = best.nouns().equals(MeasureLexicon.VEHICLES)
        && (!noun.startsWith("vehicle") || p.last() >= 2 && t.get(p.last() - 2).is("heavy"));
    if (ofAKind && noun.startsWith("vehicle")) {
      noun = "heavy " + noun;
    }
    if (best.nouns().equals(MeasureLexicon.PEOPLE) && !noun.isEmpty()
        && (!MeasureLexicon.EVERYONE.contains(noun) || besideAnotherPart(t, p)) || ofAKind) {
      // "12 officers were injured" counts a group, not everyone injured.
      m = narrowed(m, ofAKind ? noun : groupOf(t, p));
    }
    return Optional.of(m);
  }

  /** Everyone-words that name no role, so that nothing is counted beside them as another part. */
  private static final Set<String> ANYONE = Set.of("people", "persons", "person", "individuals",
      "others");

  /**
   * Whether a count of a role that may stand for everyone ("passengers", "miners") is joined to
   * a count of another group of people: "131 passengers and seven crew", "three crew and 40
   * passengers". Each is then a part of everyone, never the whole.
   */
  private static boolean besideAnotherPart(List<Token> t, Parsed p) {
    String noun = p.noun().orElse("");
    if (ANYONE.contains(noun)) {
      return false;
    }
    int k = p.last();
    if (k + 2 < t.size() && t.get(k).is("and") && NumberWords.isCount(t.get(k + 1))
        && otherPeople(t.get(k + 2), noun)) {
      return true;
    }
    int b = p.first();
    return b >= 3 && t.get(b - 1).is("and") && otherPeople(t.get(b - 2), noun)
        && NumberWords.isCount(t.get(b - 3));
  }

  private static boolean otherPeople(Token w, String noun) {
    return MeasureLexicon.PEOPLE.contains(w.lower()) && !w.lower().equals(noun);
  }

  /** Nouns that name no group without the word before them: "Chinese nationals". */
  private static final Set<String> QUALIFIED = Set.of("nationals");

  /**
   * The group a counted noun names: the noun, or with its qualifier for a noun that needs one
   * ("two Valmontese nationals" and "three foreign nationals" are two groups).
   */
  private static String groupOf(List<Token> t, Parsed p) {
    String noun = p.noun().orElseThrow();
    int q = p.last() - 2;
    if (QUALIFIED.contains(noun) && q > p.first() && t.get(q).isWord()
        && !t.get(q).isNumber() && t.get(p.last() - 1).lower().equals(noun)) {
      Token w = t.get(q);
      if (w.isCapitalized() || w.is("foreign")) {
        return w.lower() + " " + noun;
      }
    }
    return noun;
  }

  /**
   * The measure narrowed to one group or kind of what it counts: "people injured (officers)",
   * "storeys (hotel)", compared only with figures narrowed alike. Every narrowing is made here,
   * so the id's form has one place.
   */
  private static Measure narrowed(Measure m, String kind) {
    return new Measure(m.id() + ":" + kind, m.label() + " (" + kind + ")", m.perSubject(),
        m.running());
  }

  private static final Set<String> COPULAS = Set.of("were", "was", "are", "is");

  /**
   * "nine people were among the dead", "among the injured were 23 residents": a count of
   * everyone-words said to be among a count is some of it, of no group the words name, so it is
   * compared with nothing (a named group, "nine nurses", is {@link #subGroup}).
   */
  private static boolean amongAWhole(List<Token> t, Parsed p) {
    if (p.noun().isEmpty() || !MeasureLexicon.EVERYONE.contains(p.noun().get())) {
      return false;
    }
    int k = p.last();
    if (k + 1 < t.size() && COPULAS.contains(t.get(k).lower()) && t.get(k + 1).is("among")) {
      return true;
    }
    int b = p.first() - 1;
    return b >= 2 && COPULAS.contains(t.get(b).lower())
        && (t.get(b - 2).is("among") || b >= 3 && t.get(b - 3).is("among"));
  }

  /**
   * Where a part of the dead died, said right after the cue: "twelve died at the scene", "five
   * were killed on the spot", "died in the immediate aftermath" (the scene), "seven died in
   * hospital", "two died at or en route to hospital", "six others died later"
   * (afterwards). Each part is a count of its own, never the whole toll.
   */
  private static Optional<String> whereTheyDied(List<Token> t, int cueAt) {
    int i = cueAt + 1;
    if (i + 2 < t.size() && t.get(i).is("to") && POSSESSIVES.contains(t.get(i + 1).lower())
        && (t.get(i + 2).is("wounds") || t.get(i + 2).is("injuries"))) {
      i += 3; // "succumbed to their wounds in hospital"
    }
    if (i < t.size() && (t.get(i).is("later") || t.get(i).is("since"))) {
      return Optional.of("in hospital or later");
    }
    if (i + 1 >= t.size()) {
      return Optional.empty();
    }
    boolean atOrOn = t.get(i).is("at") || t.get(i).is("on");
    boolean rightAway = t.get(i).is("instantly") || t.get(i).is("immediately")
        || i + 2 < t.size() && t.get(i).is("in") && t.get(i + 2).is("immediate");
    if (rightAway || atOrOn && t.get(i + 1).is("scene")
        || i + 2 < t.size() && atOrOn && t.get(i + 2).is("scene")
        || i + 2 < t.size() && t.get(i).is("on") && t.get(i + 2).is("spot")) {
      return Optional.of("at the scene");
    }
    if (t.get(i).is("in") || t.get(i).is("at") || t.get(i).is("en")) {
      // "in hospital", "at the hospital", "at or en route to hospital"
      for (int k = i + 1; k < Math.min(t.size(), i + 6) && t.get(k).isWord(); k++) {
        if (t.get(k).is("hospital")) {
          return Optional.of("in hospital or later");
        }
      }
    }
    return Optional.empty();
  }
  private static final Set<String> POSSESSIVES = Set.of("their", "his", "her");

  private static final Set<String> INCLUDED = Set.of("included", "including", "includes",
      "include");

  /**
   * A group of people named among a count: "nine nurses were among the dead", "among
   * the injured were 23 children", "the toll included four volunteers". The group is a
   * measure of its own (killed, firefighters), never the whole count.
   */
  private Optional<Measure> subGroup(List<Token> t, Parsed p) {
    if (p.noun().isEmpty() || MeasureLexicon.EVERYONE.contains(p.noun().get())
        || !p.quantity().unit().equals(Units.COUNT)) {
      return Optional.empty();
    }
    MeasureLexicon.Entry whole = null;
    int k = p.last();
    if (k + 1 < t.size() && COPULAS.contains(t.get(k).lower()) && t.get(k + 1).is("among")) {
      // "nine nurses were among the dead"
      whole = peopleEntryFrom(t, k + 2, k + 6);
    }
    int b = p.first() - 1;
    if (whole == null && b >= 0 && COPULAS.contains(t.get(b).lower())) {
      // "among the injured were 23 children"
      for (int a = b - 1; a >= 0 && a >= b - 5; a--) {
        if (t.get(a).is("among")) {
          whole = peopleEntryFrom(t, a + 1, b);
          break;
        }
      }
    }
    if (whole == null && b >= 0 && INCLUDED.contains(t.get(b).lower())) {
      // "the toll included four volunteers", "left 40 dead, including 12 children"
      whole = peopleEntryBefore(t, Math.max(0, b - 4), b, true);
    }
    if (whole == null) {
      return Optional.empty();
    }
    return Optional.of(narrowed(whole.measure(), groupOf(t, p)));
  }

  /** Words that end a group named after a copula: "9 were Dravonian, 16 were Ostravian and". */
  private static final Set<String> GROUP_ENDS = Set.of(",", ".", ";", "and", ")");

  /**
   * A part of the dead or injured named by what its members are, after a copula: "Of those who
   * died at the station, 9 were Dravonian", "six of the dead were children", "nine of the
   * injured had been identified as foreigners". The whole is the people count of the partitive
   * head or of the sentence's opening "Of ..." clause; the group is a measure of its own, never
   * the whole count. A capitalized group is written as a plural ("Dravonian" as "dravonians"),
   * as the same group counted with a noun is ("40 Dravonians").
   */
  private Optional<Measure> predicateGroup(List<Token> t, Parsed p) {
    if (p.noun().isPresent() || !p.quantity().unit().equals(Units.COUNT)) {
      return Optional.empty();
    }
    int k = p.last();
    MeasureLexicon.Entry whole = null;
    if (k + 2 < t.size() && t.get(k).is("of") && (t.get(k + 1).is("the")
        || t.get(k + 1).is("those"))) {
      // "six of the dead were": the head runs to the copula
      int v = k + 2;
      while (v < t.size() && v < k + 6 && !COPULAS.contains(t.get(v).lower())
          && !t.get(v).is("had") && !t.get(v).is("have")) {
        v++;
      }
      whole = peopleEntryFrom(t, k + 2, v);
      k = v;
    } else {
      // "Of those who died at the station, 9 were": the opening clause names the whole
      int comma = p.first() - 1;
      if (comma > 1 && t.get(comma).is(",") && t.get(0).is("of")) {
        whole = peopleEntryFrom(t, 1, comma);
      }
    }
    if (whole == null || k >= t.size()) {
      return Optional.empty();
    }
    // "were", "had been identified as"
    int g = -1;
    if (COPULAS.contains(t.get(k).lower())) {
      g = k + 1;
    } else {
      for (int i = k; i < Math.min(t.size(), k + 5); i++) {
        if (t.get(i).is("as")) {
          g = i + 1;
          break;
        }
      }
    }
    if (g < 0 || g >= t.size() || !t.get(g).isWord()
        || g + 1 < t.size() && !GROUP_ENDS.contains(t.get(g + 1).lower())) {
      return Optional.empty();
    }
    Token word = t.get(g);
    String noun = word.lower();
    if (word.isCapitalized()) {
      noun = noun.endsWith("s") || noun.endsWith("ese") ? noun : noun + "s";
    } else if (!MeasureLexicon.PEOPLE.contains(noun) || MeasureLexicon.EVERYONE.contains(noun)) {
      return Optional.empty();
    }
    return Optional.of(narrowed(whole.measure(), noun));
  }

  /** The people-counting entry whose cue starts first in {@code [from, to)}, or null. */
  private MeasureLexicon.Entry peopleEntryFrom(List<Token> t, int from, int to) {
    for (int i = from; i < Math.min(to, t.size()); i++) {
      if (ContextReader.isBoundary(t.get(i))) {
        return null;
      }
      for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.startingAt(t, i)) {
        if (isPeopleCount(m.value())) {
          return m.value();
        }
      }
    }
    return null;
  }

  /**
   * The people-counting entry whose cue lies in {@code [from, to)} and ends last, or null; with
   * {@code withinClause}, none past a boundary other than a comma.
   */
  private MeasureLexicon.Entry peopleEntryBefore(List<Token> t, int from, int to,
      boolean withinClause) {
    for (int i = to - 1; i >= from; i--) {
      if (withinClause && ContextReader.isBoundary(t.get(i)) && !t.get(i).is(",")) {
        return null;
      }
      for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.endingAt(t, i)) {
        if (m.start() >= from && isPeopleCount(m.value())) {
          return m.value();
        }
      }
    }
    return null;
  }

  private static Measure measureOrNull(MeasureLexicon.Entry e) {
    return e == null ? null : e.measure();
  }

  private static boolean isPeopleCount(MeasureLexicon.Entry e) {
    return e.units().contains(Units.COUNT) && e.nouns().equals(MeasureLexicon.PEOPLE);
  }

  /** A length that its anchoring phrase makes a distance from a place, or a depth. */
  private record Anchored(Measure measure, Optional<String> subject) {}

  /** Directions written between a distance and its place: "480 km southwest of". */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west",
      "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
      "south-east", "south-west", "northern", "southern", "eastern", "western", "inland",
      "offshore", "away", "outside", "further", "to", "the", "due");

  private static final Set<String> BELOW = Set.of("below", "beneath", "under", "underneath");

  /**
   * A length with no lexicon measure, read from its anchoring phrase: "480 km (300 miles)
   * southwest of Istanbul" is a distance from Istanbul, "20 km off the south-west coast" from
   * the coast, "2 km below the surface" and "500 yards underground" a depth. A parenthesised
   * conversion is skipped, so both figures take the phrase. Other lengths stay unmeasured.
   */
  private static Optional<Anchored> anchored(List<Token> t, Parsed p, List<Name> names,
      ArticleText text, int sentence) {
    int i = p.last();
    if (i < t.size() && t.get(i).is("(")) {
      int close = i + 1;
      while (close < t.size() && close < i + 8 && !t.get(close).is(")")) {
        close++;
      }
      i = close + 1;
    } else if (i < t.size() && t.get(i).is(")")) {
      i++; // the conversion itself: "(300 miles) southwest of ..."
    }
    int limit = Math.min(t.size(), i + 6);
    for (; i < limit; i++) {
      String w = t.get(i).lower();
      if (w.equals("underground") || w.equals("deep") || w.equals("down")
          || (BELOW.contains(w) && i + 1 < t.size() && (t.get(i + 1).is("ground")
              || t.get(i + 1).is("the") && i + 2 < t.size() && (t.get(i + 2).is("surface")
                  || t.get(i + 2).is("ground"))))) {
        return Optional.of(new Anchored(MeasureLexicon.DEPTH, Optional.empty()));
      }
      if (w.equals("of") || w.equals("from") || w.equals("off")) {
        int k = i + 1;
        if (k < t.size() && t.get(k).is("the")) {
          k++;
          k = namedPlace(t, k);
        }
        for (Name n : names) {
          if (n.first() == k) {
            return Optional.of(new Anchored(MeasureLexicon.DISTANCE, Optional.of(n.text())));
          }
        }
        if (t.get(k - 1).is("the") && k < t.size() && SETTLEMENTS.contains(t.get(k).lower())
            && (k + 1 >= t.size() || !t.get(k + 1).isWord())) {
          // "40 miles from the capital": the capital the article has named ("the capital,
          // Arlen" or "Arlen, the capital"), up to this sentence.
          Optional<String> named = namedEarlier(text, sentence, t.get(k).lower(), p.first());
          if (named.isPresent()) {
            return Optional.of(new Anchored(MeasureLexicon.DISTANCE, named));
          }
        }
        // "off the south-west coast", "from the northern shore of the lake"
        for (int c = k; c < Math.min(t.size(), k + 4); c++) {
          if (t.get(c).is("coast") || t.get(c).is("coastline") || t.get(c).is("shore")) {
            return Optional.of(new Anchored(MeasureLexicon.DISTANCE, Optional.of("coast")));
          }
        }
        return Optional.empty();
      }
      if (!DIRECTIONS.contains(w) && !t.get(i).is("-")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The name the article gives, in apposition, to "the {@code noun}" ("the capital, Arlen",
   * "Arlen, the capital"), in the sentences up to {@code sentence} and before token {@code
   * before} of that one; the nearest, or empty when none or two different ones.
   */
  private static Optional<String> namedEarlier(ArticleText text, int sentence, String noun,
      int before) {
    for (int s = sentence; s >= 0; s--) {
      if (text.isBoilerplate(s)) {
        continue;
      }
      List<Token> t = text.tokens(s);
      int end = s == sentence ? before : t.size();
      Optional<String> found = Optional.empty();
      for (Name n : text.names(s)) {
        if (n.last() > end) {
          break;
        }
        boolean nounThenName = n.first() >= 3 && t.get(n.first() - 1).is(",")
            && t.get(n.first() - 2).is(noun) && t.get(n.first() - 3).is("the");
        boolean nameThenNoun = n.last() + 2 < end && t.get(n.last()).is(",")
            && t.get(n.last() + 1).is("the") && t.get(n.last() + 2).is(noun);
        if (nounThenName || nameThenNoun) {
          if (found.isPresent() && !found.get().equals(n.text())) {
            return Optional.empty();
          }
          found = Optional.of(n.text());
        }
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Nouns of a settlement that a name in apposition or after "of" makes precise. */
  private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "capital",
      "port", "region", "province", "district", "state");

  /**
   * Past "the": where the name stands in "the central city of Arlen" or "the capital, Arlen",
   * so that the distance is from Arlen; else {@code k} itself.
   */
  private static int namedPlace(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size() - 2, k + 3); j++) {
      if (SETTLEMENTS.contains(t.get(j).lower())) {
        if (t.get(j + 1).is("of") || t.get(j + 1).is(",")) {
          return t.get(j + 2).isCapitalized() ? j + 2 : k;
        }
        return k;
      }
      if (!t.get(j).isWord() || t.get(j).isCapitalized()) {
        return k;
      }
    }
    return k;
  }

  /** Nouns of a building that say nothing of which one it is. */
  private static final Set<String> ANY_BUILDING = Set.of("building", "buildings", "structure",
      "block", "tall", "high", "high-rise", "edifice");

  /**
   * "a six-storey hotel", "a three-storey tower": the kind of building the storeys are of,
   * when the figure names one, so that a hotel's storeys are not set against a tower's; a
   * plain "building" or none names no kind.
   */
  private static Measure storeysOf(List<Token> t, int at, List<Name> names) {
    int i = at;
    while (i < t.size() && (t.get(i).is("-") || t.get(i).is("tall") || t.get(i).is("high"))) {
      i++;
    }
    for (Name n : names) {
      if (n.first() == i) {
        // "the six-storey Arlen Plaza (building)": its name says which building, not what
        // kind, and may be written with a generic noun or none.
        return MeasureLexicon.STOREYS;
      }
    }
    String kind = null;
    if (i < t.size() && t.get(i).isWord() && !t.get(i).isCapitalized()
        && NounReader.isPlainNoun(t.get(i).lower())) {
      kind = ContextReader.lower(t.get(i)); // "the building's": a building
    }
    if (kind == null || ANY_BUILDING.contains(kind)) {
      return MeasureLexicon.STOREYS;
    }
    return narrowed(MeasureLexicon.STOREYS, kind);
  }

  private static final Set<String> PART_OF_A_BUILDING =
      Set.of("upper", "lower", "top", "bottom", "upstairs", "underground", "basement");

  /** Adverbs that, after a count of injured, make a figure the count of the badly hurt. */
  private static final Set<String> SEVERELY = Set.of("seriously", "severely", "critically",
      "gravely", "badly");

  /** Nouns by which a sentence refers back to the quantity it has just given. */
  private static final java.util.Set<String> REFERRING =
      java.util.Set.of("number", "figure", "count", "total", "tally", "toll", "estimate", "it",
          "crowd", "turnout");

  /** Whether a referring noun ("the number", "the figure") stands just before the figure. */
  private static boolean refersBack(List<Token> t, Parsed p) {
    for (int i = p.first() - 1; i >= 0 && i >= p.first() - 4; i--) {
      if (ContextReader.isBoundary(t.get(i))) {
        return false;
      }
      if (REFERRING.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cues that say what a figure measures only when they follow it: "2 km underground", "10 km
   * deep". Elsewhere they qualify a noun of their own: "the underground command post located
   * 2 km inside", "a 3 km pipe into the flooded chamber".
   */
  private static final Set<String> POSTPOSITIVE = Set.of("underground", "deep");

  private static boolean postpositive(List<Token> t,
      PhraseMatcher.Match<MeasureLexicon.Entry> m) {
    return m.length() == 1 && POSTPOSITIVE.contains(t.get(m.start()).lower());
  }

  /**
   * Prepositions that make a figure right after them their object: a cue before them ("killed
   * in three attacks", "injured during two days of clashes") measures someone else.
   */
  private static final Set<String> OBJECT_OF = Set.of("in", "during", "from", "after", "across");

  /** How far an entry's nearest cue stands from the figure, and the token it stands at. */
  private record CueHit(double distance, int at) {}

  /**
   * For each entry with a cue near the figure in its clause, the nearest: inside the figure's
   * noun phrase first, then on its right, then on its left; distances in tokens.
   */
  private Map<MeasureLexicon.Entry, CueHit> cueHits(List<Token> t, Parsed p) {
    Map<MeasureLexicon.Entry, CueHit> hits = new java.util.IdentityHashMap<>();
    // A cue inside the figure's own noun phrase comes first: "300 wounded people", "nearly 300
    // still-missing passengers", and the counted noun itself: "57 deaths", "17 bodies".
    if (p.noun().isPresent()) {
      for (int i = p.first(); i < p.last(); i++) {
        for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.startingAt(t, i)) {
          if (m.end() <= p.last()) {
            hits.putIfAbsent(m.value(), new CueHit(0, i));
          }
        }
      }
    }
    // "a 300-metre (980 feet) stretch": a parenthesised conversion is skipped.
    int from = p.last();
    if (from < t.size() && t.get(from).is("(")) {
      int close = from + 1;
      while (close < t.size() && close < from + 8 && !t.get(close).is(")")) {
        close++;
      }
      if (close < t.size() && t.get(close).is(")")) {
        from = close + 1;
      }
    }
    from = pastIncluding(t, from);
    // "Six of the 140 people injured were in serious condition": what follows the whole up
    // to the verb describes the whole; the part is what the verb says of it.
    int wholeEnds = p.hasTotal() ? verbAfter(t, from) : from;
    for (int i = from; i < t.size() && i < from + RIGHT_WINDOW; i++) {
      Token tok = t.get(i);
      if (ContextReader.isBoundary(tok) || (tok.isNumber() && i > from)) {
        break;
      }
      if (i < wholeEnds) {
        continue;
      }
      for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.startingAt(t, i)) {
        if (i == from || !postpositive(t, m)) {
          hits.putIfAbsent(m.value(), new CueHit(i - from + 0.25, i));
        }
      }
    }
    if (hits.isEmpty()) {
      parenthesised(t, p, hits);
    }
    if (p.first() > 0 && OBJECT_OF.contains(t.get(p.first() - 1).lower())) {
      return hits; // "wounded in eight separate blasts": the verb's cue is not this figure's
    }
    double crossed = 0;
    // "The death toll from Saturday's blast in the old port has risen to 140": the figure is
    // the level its clause's subject reached, and that subject may stand past the usual reach.
    boolean level = levelOfSubject(t, p);
    int reach = level ? LEVEL_WINDOW : LEFT_WINDOW;
    PhraseMatcher.Match<MeasureLexicon.Entry> subject = null;
    for (int i = p.first() - 1; i >= 0 && i >= p.first() - reach; i--) {
      Token tok = t.get(i);
      if (ContextReader.isBoundary(tok) || tok.isNumber()) {
        break;
      }
      if (tok.is("and") || tok.is("but") || tok.is("while") || tok.is("whereas")) {
        // "205 were killed and 363 had been rescued": a cue past a conjunction is the other
        // clause's, so a cue of this figure's own clause wins.
        crossed = 3;
      }
      for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.endingAt(t, i)) {
        if (!postpositive(t, m)) {
          hits.putIfAbsent(m.value(), new CueHit(p.first() - 1 - i + 0.5 + crossed, i));
          if (level && crossed == 0) {
            subject = m;
          }
        }
      }
    }
    if (subject != null) {
      // the level is the subject's, the clause's first cue: "the toll from the floods in the
      // town of Varsk has climbed to 140" (not the town's population)
      hits.put(subject.value(), new CueHit(0.4, subject.end() - 1));
    }
    return hits;
  }

  /** How far left a level verb's subject may stand: "the toll from ... has risen to". */
  private static final int LEVEL_WINDOW = 16;

  /** Verbs whose complement is the level their subject reached: "rose to", "stood at", "topped". */
  private static final Set<String> LEVEL_VERBS = Set.of("risen", "rose", "rises", "rise",
      "climbed", "climbs", "jumped", "jumps", "surged", "surges", "soared", "soars", "increased",
      "increases", "mounted", "mounts", "grown", "grew", "grows", "swelled", "reached",
      "reaches", "stood", "stands", "topped", "tops", "passed", "exceeded", "hit", "hits");

  /**
   * Whether the figure is the level its clause's subject reached: a level verb right before it,
   * with "to" or "at" between ("has risen to 140", "stood at 90", "topped 300").
   */
  private static boolean levelOfSubject(List<Token> t, Parsed p) {
    int b = p.first() - 1;
    if (b >= 0 && (t.get(b).is("to") || t.get(b).is("at"))) {
      b--;
    }
    if (b >= 0 && LEVEL_VERBS.contains(t.get(b).lower())) {
      return true;
    }
    // a hedge read into the figure ("topped 300", "passed the 100 mark") starts with the verb
    return LEVEL_VERBS.contains(t.get(p.first()).lower());
  }

  /**
   * Past an aside that names a part of the figure ("412 protesters, including 35 women, were
   * arrested"): where the clause goes on after it, or {@code from} when none stands there.
   */
  private static int pastIncluding(List<Token> t, int from) {
    if (from + 2 >= t.size() || !t.get(from).is(",") || !INCLUDED.contains(t.get(from + 1).lower())
        && !t.get(from + 1).is("among")) {
      return from;
    }
    for (int i = from + 2; i < t.size() && i < from + 10; i++) {
      if (t.get(i).is(",")) {
        return i + 1;
      }
      if (ContextReader.isBoundary(t.get(i)) || t.get(i).is(".")) {
        return from;
      }
    }
    return from;
  }

  private static final Set<String> LINKING_VERBS = Set.of("were", "was", "are", "is", "had",
      "have", "has", "remain", "remained", "remains");

  /** The first linking verb after token {@code from} in its clause, or {@code from} if none. */
  private static int verbAfter(List<Token> t, int from) {
    for (int i = from; i < t.size() && i < from + RIGHT_WINDOW; i++) {
      if (ContextReader.isBoundary(t.get(i))) {
        break;
      }
      if (LINKING_VERBS.contains(t.get(i).lower())) {
        return i;
      }
    }
    return from;
  }

  /**
   * "many more people (42,000 according to the city police; 90,000 according to organisers)
   * held a rally": a figure in parentheses with no cue of its own takes the cue nearest the
   * parentheses, on their right first, as if it stood in their place.
   */
  private void parenthesised(List<Token> t, Parsed p, Map<MeasureLexicon.Entry, CueHit> hits) {
    int open = -1;
    for (int i = p.first() - 1; i >= 0 && i >= p.first() - 12; i--) {
      if (t.get(i).is(")")) {
        return;
      }
      if (t.get(i).is("(")) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return;
    }
    int close = -1;
    for (int i = p.last(); i < t.size() && i < p.last() + 16; i++) {
      if (t.get(i).is("(")) {
        return;
      }
      if (t.get(i).is(")")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return;
    }
    for (int i = close + 1; i < t.size() && i < close + 1 + RIGHT_WINDOW; i++) {
      Token tok = t.get(i);
      if (ContextReader.isBoundary(tok) || tok.isNumber()) {
        break;
      }
      for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.startingAt(t, i)) {
        hits.putIfAbsent(m.value(), new CueHit(i - close + 0.25, i));
      }
    }
    for (int i = open - 1; i >= 0 && i >= open - LEFT_WINDOW; i--) {
      Token tok = t.get(i);
      if (ContextReader.isBoundary(tok) || tok.isNumber()) {
        break;
      }
      for (PhraseMatcher.Match<MeasureLexicon.Entry> m : cues.endingAt(t, i)) {
        hits.putIfAbsent(m.value(), new CueHit(open - i + 0.5, i));
      }
    }
  }

  /** "two parties unlikely to win a seat": a negation between figure and cue cancels the measure. */
  private static boolean negated(List<Token> t, Parsed p, int cueAt) {
    if (p.first() > 0 && ContextReader.isNegator(t.get(p.first() - 1))) {
      return true;
    }
    if (cueAt < 0) {
      return false;
    }
    int from = cueAt >= p.last() ? p.last() : cueAt + 1;
    int to = cueAt >= p.last() ? cueAt : p.first();
    for (int i = from; i < to; i++) {
      if (ContextReader.isNegator(t.get(i))) {
        return true;
      }
    }
    return false;
  }
}
