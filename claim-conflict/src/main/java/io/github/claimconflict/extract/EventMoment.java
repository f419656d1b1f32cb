package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Measure;
import java.util.List;
import java.util.Optional;

/**
 * What a clock time in a sentence is the moment of: the event itself ("the quake struck at
 * 10:37", "the blast occurred around 10:50 pm", "the bridge collapsed at noon") or the discovery
 * of someone ("the miners were discovered at 6.45pm", "when a volunteer spotted him"). Other moments (arrivals,
 * departures, broadcasts, live-blog entries, "a fire started", "the rally began") are not read:
 * a story holds many of them, and they are only comparable when one knows which is which.
 *
 * <p>An event moment needs an occurrence verb and the kind of event in the clause: a named event
 * noun ("quake", "blast", "collapse", "stampede") or a verb that names it ("collapsed",
 * "exploded"). Each kind is its own measure, so the time a fire broke out is never set against
 * the time of the explosion it caused.
 */
final class EventMoment {

  private EventMoment() {}

  /** How far from the time, in tokens, the words that say what it is the moment of may stand. */
  private static final int WINDOW = 20;

  static final Measure DISCOVERY = new Measure("time-discovered", "time of the discovery", false);

  private static final Measure EARTHQUAKE = moment("earthquake");
  private static final Measure EXPLOSION = moment("explosion");
  private static final Measure FIRE = moment("fire");
  private static final Measure COLLAPSE = moment("collapse");
  private static final Measure CRASH = moment("crash");
  private static final Measure CRUSH = moment("crush");
  private static final Measure SHOOTING = moment("shooting");
  private static final Measure SINKING = moment("sinking");

  /**
   * The moment someone died: "he died around 1 a.m.", "died early on Sunday at about 3am". Read only
   * where "died" stands just before the time and its subject is no count or plural of people,
   * so the moment is one death's, not each of many.
   */
  static final Measure DEATH = new Measure("time-death", "time of the death", false);

  /** How far before the time "died" may stand: "died last night at about 2am". */
  private static final int DIED_REACH = 5;

  private static Measure moment(String event) {
    return new Measure("time-" + event, "time of the " + event, false);
  }

  /** Event nouns, by the kind of event they name. */
  private static final ImmutableMap<String, Measure> NOUNS = ImmutableMap.<String, Measure>builder()
      .put("earthquake", EARTHQUAKE).put("quake", EARTHQUAKE).put("tremor", EARTHQUAKE)
      .put("temblor", EARTHQUAKE)
      .put("explosion", EXPLOSION).put("explosions", EXPLOSION).put("blast", EXPLOSION)
      .put("blasts", EXPLOSION).put("detonation", EXPLOSION)
      .put("fire", FIRE).put("blaze", FIRE)
      .put("collapse", COLLAPSE)
      .put("crash", CRASH)
      .put("stampede", CRUSH).put("crush", CRUSH)
      .put("shooting", SHOOTING).put("gunfire", SHOOTING)
      .put("sinking", SINKING).put("capsizing", SINKING)
      .build();

  /** Verbs that say the event took place; some name its kind themselves. */
  private static final ImmutableMap<String, Optional<Measure>> OCCURRED =
      ImmutableMap.<String, Optional<Measure>>builder()
          .put("struck", Optional.empty()).put("hit", Optional.empty())
          .put("occurred", Optional.empty()).put("happened", Optional.empty())
          .put("erupted", Optional.empty()).put("rocked", Optional.empty())
          .put("jolted", Optional.empty()).put("shook", Optional.empty())
          .put("ripped", Optional.empty()).put("broke", Optional.empty())
          .put("took", Optional.empty()) // "took place"
          .put("exploded", Optional.of(EXPLOSION)).put("detonated", Optional.of(EXPLOSION))
          .put("collapsed", Optional.of(COLLAPSE)).put("caved", Optional.of(COLLAPSE))
          .put("crashed", Optional.of(CRASH)).put("capsized", Optional.of(SINKING))
          .put("sank", Optional.of(SINKING))
          .build();

  /** Words of other moments: a time nearer one of them than the event is that moment's. */
  private static final ImmutableSet<String> OTHER_MOMENTS = ImmutableSet.of("signal", "call",
      "called", "alert", "alerted", "warning", "warned", "broadcast", "arrived", "arriving",
      "arrival", "left", "departed", "departure", "landed", "announced", "tweeted", "posted");

  /** Words before an event noun that make it another occurrence than the story's own. */
  private static final ImmutableSet<String> ANOTHER = ImmutableSet.of("another", "second",
      "third", "fourth", "further", "more", "later", "new", "subsequent", "smaller", "earlier",
      "previous", "last");

  private static final ImmutableSet<String> DISCOVERED =
      ImmutableSet.of("discovered", "spotted", "detected");

  /**
   * The measure of a clock time at tokens {@code [first, last)}: the discovery or the event
   * moment whose words stand nearest it, or empty.
   */
  static Optional<Measure> of(List<Token> t, int first, int last) {
    int from = Math.max(0, first - WINDOW);
    int to = Math.min(t.size(), last + WINDOW);
    Measure noun = null;
    int nounDistance = Integer.MAX_VALUE;
    boolean occurred = false;
    Measure named = null;
    int discovery = Integer.MAX_VALUE;
    int occurrence = Integer.MAX_VALUE;
    int other = Integer.MAX_VALUE;
    int died = Integer.MAX_VALUE;
    for (int i = Math.max(0, first - DIED_REACH); i < first; i++) {
      if (t.get(i).is("died") && oneDeath(t, i)) {
        died = first - i;
      } else if (ContextReader.isBoundary(t.get(i)) || t.get(i).isNumber()) {
        died = Integer.MAX_VALUE;
      }
    }
    for (int i = from; i < to; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String w = t.get(i).lower();
      int d = i < first ? first - i : i - last + 1;
      Measure n = NOUNS.get(w);
      if (n != null && anotherBefore(t, i)) {
        return Optional.empty(); // "a further three blasts occurred at 8 am": not the event's moment
      }
      if (n != null && d < nounDistance) {
        noun = n;
        nounDistance = d;
      }
      Optional<Measure> v = OCCURRED.get(w);
      boolean tookPlace = w.equals("took") && i + 1 < t.size() && t.get(i + 1).is("place");
      boolean brokeOut = w.equals("broke") && i + 1 < t.size() && t.get(i + 1).is("out");
      boolean cavedIn = w.equals("caved") && i + 1 < t.size() && t.get(i + 1).is("in");
      if (v != null && (!w.equals("took") || tookPlace) && (!w.equals("broke") || brokeOut)
          && (!w.equals("caved") || cavedIn)) {
        occurred = true;
        occurrence = Math.min(occurrence, d);
        if (v.isPresent() && named == null) {
          named = v.get();
        }
      }
      if (DISCOVERED.contains(w) || alarmRaised(t, i)) {
        discovery = Math.min(discovery, d);
      }
      if (OTHER_MOMENTS.contains(w)) {
        other = Math.min(other, d);
      }
    }
    if (other < Math.min(discovery, Math.min(occurrence, nounDistance))) {
      return Optional.empty(); // "sank an hour after a distress call at 7:20am"
    }
    Measure event = noun != null && occurred ? noun : named;
    if (died < Math.min(discovery, Math.min(occurrence, nounDistance))) {
      return Optional.of(DEATH);
    }
    if (discovery < Integer.MAX_VALUE && (event == null || discovery < occurrence)) {
      return Optional.of(DISCOVERY);
    }
    return Optional.ofNullable(event);
  }

  /** Words between a subject and "died" that say nothing of how many: "who had died". */
  private static final ImmutableSet<String> BEFORE_DIED =
      ImmutableSet.of("had", "have", "has", "who", "all", "also", "later", "then", "both");

  /**
   * Whether the "died" at token {@code at} has one person for its subject: not "12 people
   * died", "the victims died", "both men died" (a moment of many deaths).
   */
  private static boolean oneDeath(List<Token> t, int at) {
    int i = at - 1;
    while (i >= 0 && BEFORE_DIED.contains(t.get(i).lower())) {
      if (t.get(i).is("all") || t.get(i).is("both")) {
        return false;
      }
      i--;
    }
    return i < 0 || !(t.get(i).isNumber() || MeasureLexicon.PEOPLE.contains(t.get(i).lower()));
  }

  /** "a further three large blasts", "two more tremors": a modifier of other occurrences. */
  private static boolean anotherBefore(List<Token> t, int noun) {
    for (int i = noun - 1; i >= 0 && i >= noun - 3 && t.get(i).isWord(); i--) {
      if (ANOTHER.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "an alarm was raised", "raised the alarm". */
  private static boolean alarmRaised(List<Token> t, int i) {
    if (!t.get(i).is("raised")) {
      return false;
    }
    boolean before = i >= 2 && t.get(i - 2).is("alarm") || i >= 3 && t.get(i - 3).is("alarm");
    boolean after = i + 2 < t.size() && t.get(i + 2).is("alarm");
    return before || after;
  }
}
