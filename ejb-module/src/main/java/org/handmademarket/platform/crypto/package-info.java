/** Small cryptographic helpers shared by features (digests of tokens, keys and request bodies). */
package org.handmademarket.platform.crypto;
