package io.github.claimconflict.claim;

/**
 * The units a figure can carry: one canonical unit a dimension, to which the reader converts what
 * the text writes, so that "100 miles" and "240 km" compare. A unit word that is itself ambiguous
 * ("tons": short or long) converts to an interval.
 */
public final class Units {

  /** Plain counts: people, parties, seats. */
  public static final String COUNT = "count";

  /** Percentages: "26%", "a quarter of the vote". */
  public static final String PERCENT = "percent";
  /** Differences of percentages. */
  public static final String PERCENTAGE_POINT = "percentage point";
  /** Distances. */
  public static final String KILOMETRE = "km";
  /** Areas. */
  public static final String SQUARE_KILOMETRE = "km2";
  /** Masses. */
  public static final String TONNE = "tonne";
  /** Explosive yields. */
  public static final String KILOTON = "kiloton";
  /** Ages, durations and sentences. */
  public static final String YEAR = "year";
  /** Speeds. */
  public static final String KILOMETRE_PER_HOUR = "km/h";
  /** Moments of the day in the event's local time, in minutes after midnight: "at 10:37". */
  public static final String CLOCK_LOCAL = "local time";
  /** Moments of the day in GMT or UTC, in minutes after midnight: "13:40 GMT". */
  public static final String CLOCK_UTC = "GMT";

  /**
   * Whether a unit is a moment of the day, written as a clock time.
   *
   * @param unit a canonical unit
   * @return true for {@link #CLOCK_LOCAL} and {@link #CLOCK_UTC}
   */
  public static boolean isClock(String unit) {
    return unit.equals(CLOCK_LOCAL) || unit.equals(CLOCK_UTC);
  }

  private Units() {}

  /**
   * The unit as a reader sees it after a number: "" for counts, "km", "years", "USD".
   *
   * @param unit a canonical unit
   * @return its display form
   */
  public static String display(String unit) {
    return switch (unit) {
      case COUNT -> "";
      case YEAR -> "years";
      case TONNE -> "tonnes";
      case KILOTON -> "kilotons";
      case KILOMETRE_PER_HOUR -> "km/h";
      case PERCENTAGE_POINT -> "percentage points";
      default -> unit;
    };
  }
}
