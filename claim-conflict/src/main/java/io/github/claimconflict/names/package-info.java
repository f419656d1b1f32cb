/**
 * How two spellings are judged one name: cosmetic forms, transliteration folds, likely
 * misspellings, known aliases and known-distinct names.
 */
package io.github.claimconflict.names;
