/**
 * Full-text search over the guide's entries and resources (Hibernate Search, Lucene by default): the
 * search page, its facets and suggestions, and the index's life cycle. The visibility policy is a filter
 * inside every query.
 */
package org.fieldguide.search;
