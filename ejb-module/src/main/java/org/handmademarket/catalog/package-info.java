/**
 * The catalogue: the category taxonomy now, shops, listings and their images as they arrive. Its
 * public face is a few stateless services returning records; entities stay inside the feature.
 */
package org.handmademarket.catalog;
