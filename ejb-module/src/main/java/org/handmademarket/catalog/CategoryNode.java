package org.handmademarket.catalog;

import java.util.List;

/** A category with its sub-categories, as shoppers browse them. */
public record CategoryNode(long id, String slug, String name, List<CategoryNode> children) {}
