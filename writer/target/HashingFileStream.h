#pragma once

/* A libisofs file stream that hands every byte it reads to a callback, so the manifest of a
 * medium is computed in the same pass that writes the disc image. Written in C because
 * libisofs' stream structures use a member named "class", which C++ cannot declare. */

#include <stddef.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct iso_stream IsoStream;

typedef struct PdiStreamCallbacks {
    void* context;
    /* A new pass over the file starts (libisofs may read a file more than once). */
    void (*begin)(void* context);
    void (*data)(void* context, const void* buffer, size_t length);
    /* The pass ended; complete is 1 when the whole file was read. */
    void (*end)(void* context, int complete);
} PdiStreamCallbacks;

/* A stream over the local file at path of the given size; id must be unique per stream (libisofs
 * treats streams with equal ids as the same content). NULL on failure. */
IsoStream* pdi_hashing_file_stream_new(const char* path, off_t size, unsigned int id,
                                       PdiStreamCallbacks callbacks);

#ifdef __cplusplus
}
#endif
