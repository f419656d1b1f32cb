package io.github.claimconflict.scope.internal;

import static java.util.Objects.requireNonNull;

/**
 * One mention of a named entity in an article, for the scope stage.
 *
 * @param entity the entity's key, every spelling of one entity in a scan resolved to one key
 * @param surface the name as written
 * @param start offset of the mention in the article's text, or -1 where unknown
 */
public record Mention(String entity, String surface, int start) {

  /**
   * Requires the entity and the surface.
   *
   * @param entity the entity's key, every spelling of one entity in a scan resolved to one key
   * @param surface the name as written
   * @param start offset of the mention in the article's text, or -1 where unknown
   */
  public Mention {
    requireNonNull(entity, "entity");
    requireNonNull(surface, "surface");
  }
}
