package io.github.claimconflict.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The interval of values a figure stands for, in one canonical unit. "about 4,000" is [3,800,
 * 4,200]; "more than 31 per cent" is (31, open); "hundreds" is [100, 1,000). An open bound is
 * absent; bounds are treated as inclusive, since the distinction is finer than news figures are.
 *
 * @param low the lowest value the figure allows, or {@code null} when unbounded below
 * @param high the highest value the figure allows, or {@code null} when unbounded above
 * @param unit the canonical unit, see {@link Units}
 * @param tolerated the relative tolerance the interval already holds, which a comparator's
 *     tolerance does not add again: 0.05 for "about 4,000" (its hedge is ±5%), infinite for a
 *     firm interval that says all the figure's precision ("41.37%", "more than 26%", an age),
 *     0 for a vague or ranged figure
 */
public record Quantity(Double low, Double high, String unit, double tolerated) {

  /** The relative tolerance of a firm interval: no comparator widens it. */
  public static final double FIRM = Double.POSITIVE_INFINITY;

  /**
   * An interval that the comparator's tolerance widens in full.
   *
   * @param low the lowest value, or null when unbounded below
   * @param high the highest value, or null when unbounded above
   * @param unit the canonical unit
   */
  public Quantity(Double low, Double high, String unit) {
    this(low, high, unit, 0);
  }

  /**
   * Checks the interval.
   *
   * @param low the lowest value, or null when unbounded below
   * @param high the highest value, or null when unbounded above
   * @param unit the canonical unit
   * @param tolerated the relative tolerance the interval already holds
   * @throws IllegalArgumentException if a bound is not finite, low is above high, or tolerated
   *     is negative
   */
  public Quantity {
    requireNonNull(unit, "unit");
    checkArgument(low == null || Double.isFinite(low), "low must be finite: %s", low);
    checkArgument(high == null || Double.isFinite(high), "high must be finite: %s", high);
    checkArgument(low == null || high == null || low <= high, "low %s above high %s", low, high);
    checkArgument(tolerated >= 0, "tolerated must not be negative: %s", tolerated);
  }

  /**
   * A single exact value.
   *
   * @param value the value
   * @param unit the canonical unit
   * @return the interval [value, value]
   */
  public static Quantity exactly(double value, String unit) {
    return new Quantity(value, value, unit);
  }

  /**
   * The interval between two values, in either order.
   *
   * @param low one bound
   * @param high the other
   * @param unit the canonical unit
   * @return the interval
   */
  public static Quantity between(double low, double high, String unit) {
    return new Quantity(Math.min(low, high), Math.max(low, high), unit);
  }

  /**
   * Whether both bounds are known.
   *
   * @return true when neither bound is open
   */
  public boolean isBounded() {
    return low != null && high != null;
  }

  /**
   * This interval stretched by a relative tolerance on both sides: {@code [low / (1 + t), high * (1
   * + t)]} for positive values, so that the stretch is the same on a logarithmic scale.
   *
   * @param tolerance the relative tolerance, at least 0
   * @return the widened interval
   */
  public Quantity widen(double tolerance) {
    checkArgument(tolerance >= 0, "tolerance must not be negative: %s", tolerance);
    double f = 1 + tolerance;
    Double lo = low == null ? null : Double.valueOf(low >= 0 ? low / f : low * f);
    Double hi = high == null ? null : Double.valueOf(high >= 0 ? high * f : high / f);
    return new Quantity(lo, hi, unit, tolerated);
  }

  /**
   * Whether no tolerance widens this interval.
   *
   * @return true for a firm interval
   */
  public boolean firm() {
    return tolerated == FIRM;
  }

  /**
   * Whether the two intervals share a value; quantities in different units never do.
   *
   * @param other the other interval
   * @return true when they overlap
   */
  public boolean overlaps(Quantity other) {
    if (!unit.equals(other.unit)) {
      return false;
    }
    boolean belowOther = high != null && other.low != null && high < other.low;
    boolean aboveOther = low != null && other.high != null && low > other.high;
    return !belowOther && !aboveOther;
  }

  /**
   * The intersection of the two intervals, or empty when they do not overlap.
   *
   * @param other the other interval
   * @return the values both allow
   */
  public java.util.Optional<Quantity> intersect(Quantity other) {
    if (!overlaps(other)) {
      return java.util.Optional.empty();
    }
    // Boxed on purpose: a mixed Double/double conditional would unbox a null bound.
    Double lo = low == null ? other.low
        : other.low == null ? low : Double.valueOf(Math.max(low, other.low));
    Double hi = high == null ? other.high
        : other.high == null ? high : Double.valueOf(Math.min(high, other.high));
    return java.util.Optional.of(new Quantity(lo, hi, unit, Math.min(tolerated, other.tolerated)));
  }

  /**
   * How vague the figure is: the natural log of high / low for a positive bounded interval (0 for
   * an exact figure), and {@code openWidth} when a bound is open or the interval touches zero.
   *
   * @param openWidth the width given to an open interval
   * @return the width
   */
  public double logWidth(double openWidth) {
    if (!isBounded() || low <= 0) {
      return openWidth;
    }
    return Math.log(high / low);
  }

  /**
   * A short human form such as "3,800–4,200", "more than 26 percent", "1,000 or more".
   *
   * @return the description
   */
  public String describe() {
    if (Units.isClock(unit) && low != null && high != null) {
      return low.equals(high) ? clock(low) + " " + unit
          : clock(low) + "–" + clock(high) + " " + unit;
    }
    if (unit.equals(Units.YEAR) && high != null && high < DAY_IN_YEARS) {
      return shortSpan();
    }
    String u = Units.display(unit);
    String suffix = u.isEmpty() ? "" : " " + u;
    if (low != null && high != null) {
      return low.equals(high)
          ? format(low) + suffix
          : format(low) + "–" + format(high) + suffix;
    }
    if (low != null) {
      return format(low) + suffix + " or more";
    }
    if (high != null) {
      return "up to " + format(high) + suffix;
    }
    return "any value" + suffix;
  }

  private static final double DAY_IN_YEARS = 1 / 365.25;
  private static final double SECONDS_PER_YEAR = 365.25 * 24 * 60 * 60;

  /** A span shorter than a day in the unit it is told in: "30–40 seconds", "80–90 minutes". */
  private String shortSpan() {
    double top = high * SECONDS_PER_YEAR;
    double per = top < 120 ? 1 : top < 3 * 3600 ? 60 : 3600;
    String name = per == 1 ? "seconds" : per == 60 ? "minutes" : "hours";
    double lo = low == null ? 0 : low * SECONDS_PER_YEAR / per;
    double hi = top / per;
    String l = format(Math.round(lo * 100) / 100.0);
    String h = format(Math.round(hi * 100) / 100.0);
    if (low == null) {
      return "up to " + h + " " + name;
    }
    return l.equals(h) ? l + " " + name : l + "–" + h + " " + name;
  }

  /** Minutes after midnight as a 24-hour clock: "14:05". */
  private static String clock(double minutes) {
    long m = Math.round(minutes);
    return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }

  /**
   * A number as a reader writes it: grouped thousands, at most four decimals.
   *
   * @param value the number
   * @return its written form
   */
  public static String format(double value) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    double abs = Math.abs(value);
    if (abs != 0 && abs < 1) {
      f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
    return f.format(value);
  }
}
