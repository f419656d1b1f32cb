/**
 * Reading what people hold into articles: folders, JSON Lines, JSON arrays, news-please output,
 * HTML pages, CSV and standard input, with a clear reason for anything that cannot be read.
 */
package io.github.claimconflict.input;
