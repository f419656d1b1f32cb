package io.github.claimconflict.names;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.text.NameNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a user knows about names that no rule could: aliases (several names of one entity, never a
 * spelling conflict: "OSCE" and "Organization for Security and Co-operation in Europe") and names
 * that are distinct however alike they look. Names are compared in cosmetic form.
 */
public final class KnownNames {

  private static final KnownNames NONE = new KnownNames(Map.of(), Set.of());

  private final ImmutableMap<String, Integer> aliasGroup;
  private final ImmutableSet<Set<String>> distinct;

  private KnownNames(Map<String, Integer> aliasGroup, Set<Set<String>> distinct) {
    this.aliasGroup = ImmutableMap.copyOf(aliasGroup);
    this.distinct = ImmutableSet.copyOf(distinct);
  }

  /**
   * No known names: no aliases and no distinct pairs.
   *
   * @return the shared empty instance
   */
  public static KnownNames none() {
    return NONE;
  }

  /**
   * Starts a set of known names.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether both names are aliases of one entity.
   *
   * @param a a name
   * @param b another name
   * @return true if both, in cosmetic form, are in one alias group
   */
  public boolean aliases(String a, String b) {
    if (aliasGroup.isEmpty()) {
      return false; // most scans name none: no name's key to fold
    }
    Integer x = aliasGroup.get(NameNormalizer.cosmeticKey(a));
    return x != null && x.equals(aliasGroup.get(NameNormalizer.cosmeticKey(b)));
  }

  /**
   * Whether the user said the two names are different entities.
   *
   * @param a a name
   * @param b another name
   * @return true if the names differ in cosmetic form and were given as distinct
   */
  public boolean distinct(String a, String b) {
    if (distinct.isEmpty()) {
      return false;
    }
    String x = NameNormalizer.cosmeticKey(a);
    String y = NameNormalizer.cosmeticKey(b);
    return !x.equals(y) && distinct.contains(Set.of(x, y));
  }

  /**
   * The alias group of a name, if it is in one.
   *
   * @param name a name
   * @return the number of its alias group, or empty
   */
  public OptionalInt aliasGroupOf(String name) {
    Integer group = aliasGroup.get(NameNormalizer.cosmeticKey(name));
    return group == null ? OptionalInt.empty() : OptionalInt.of(group);
  }

  /**
   * Whether nothing is known.
   *
   * @return true if there are no aliases and no distinct pairs
   */
  public boolean isEmpty() {
    return aliasGroup.isEmpty() && distinct.isEmpty();
  }

  /** Builds {@link KnownNames}. */
  public static final class Builder {
    private final Map<String, Integer> aliasGroup = new HashMap<>();
    private final Set<Set<String>> distinct = new HashSet<>();
    private int groups;

    private Builder() {}

    /**
     * All these names are one entity.
     *
     * @param first a name
     * @param others the other names of the same entity
     * @return this builder
     */
    public Builder aliases(String first, String... others) {
      int group = groups++;
      aliasGroup.put(NameNormalizer.cosmeticKey(first), group);
      for (String o : others) {
        aliasGroup.put(NameNormalizer.cosmeticKey(o), group);
      }
      return this;
    }

    /**
     * These two names are different entities, however alike.
     *
     * @param a a name
     * @param b another name
     * @return this builder
     * @throws IllegalArgumentException if the two are the same name in cosmetic form
     */
    public Builder distinct(String a, String b) {
      String x = NameNormalizer.cosmeticKey(a);
      String y = NameNormalizer.cosmeticKey(b);
      if (x.equals(y)) {
        throw new IllegalArgumentException("'" + a + "' and '" + b
            + "' are the same name in cosmetic form and cannot be distinct");
      }
      distinct.add(Set.of(x, y));
      return this;
    }

    /**
     * The known names given so far.
     *
     * @return the known names, immutable
     */
    public KnownNames build() {
      return new KnownNames(aliasGroup, distinct);
    }
  }
}
