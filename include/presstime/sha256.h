/* SHA-256 (FIPS 180-4), for the tamper-evident chain of the newsroom's
 * record. Written here rather than linked: about 150 lines, no new
 * dependency, tested against the NIST example vectors. */
#ifndef PRESSTIME_SHA256_H
#define PRESSTIME_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN 32
#define SHA256_HEX_LEN 64

struct sha256 {
	uint32_t h[8];
	uint64_t len;           /* bytes hashed so far */
	unsigned char buf[64];  /* a partial block */
	size_t used;            /* bytes in buf */
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
/* Writes the digest; c must be initialized again before reuse. */
void sha256_final(struct sha256 *c, unsigned char out[SHA256_LEN]);
/* The digest of data as 64 lowercase hex digits and a NUL. */
void sha256_hex(const void *data, size_t n, char out[SHA256_HEX_LEN + 1]);
/* Lowercase hex of a digest, NUL-terminated. */
void sha256_to_hex(const unsigned char d[SHA256_LEN],
    char out[SHA256_HEX_LEN + 1]);

#endif
