package io.github.claimconflict.scope.internal;

import io.github.claimconflict.Article;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The articles of a list at given places, as a list of their own: each is asked of the list when
 * it is got, so that a list that makes its articles anew (from a file) is never held whole. The
 * scan reaches its input this way, and the scope stage its articles in order of id.
 */
public final class ArticleView extends AbstractList<Article> implements RandomAccess {

  private final List<Article> articles;
  private final int[] places;

  /**
   * A view of {@code articles} at {@code places}, kept as given (not copied).
   *
   * @param articles a random-access list
   * @param places the places in it, in the view's order
   */
  public ArticleView(List<Article> articles, int[] places) {
    this.articles = articles;
    this.places = places;
  }

  @Override
  public Article get(int k) {
    return articles.get(places[k]);
  }

  @Override
  public int size() {
    return places.length;
  }
}
