#include "HashingFileStream.h"

#include <stdint.h>

#define LIBISOFS_WITHOUT_LIBBURN
#include <libisofs.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* libisofs asks for one 2 KB block at a time; reading and hashing in 1 MB pieces instead saves
 * half a million system calls per gigabyte. */
#define PDI_STREAM_BUFFER (1024 * 1024)

typedef struct {
    char* path;
    off_t size;
    off_t done;
    unsigned int id;
    int fd;
    PdiStreamCallbacks callbacks;
    char* buffer;
    size_t buffered; /* bytes in buffer */
    size_t offset;   /* next byte to hand out */
} StreamData;

static int stream_open(IsoStream* stream)
{
    StreamData* d = stream->data;
    if (d->fd >= 0)
        return ISO_FILE_ALREADY_OPENED;
    d->fd = open(d->path, O_RDONLY | O_CLOEXEC);
    if (d->fd < 0)
        return ISO_FILE_ERROR;
    d->done = 0;
    d->buffered = 0;
    d->offset = 0;
    if (!d->buffer)
        d->buffer = malloc(PDI_STREAM_BUFFER);
    if (!d->buffer) {
        close(d->fd);
        d->fd = -1;
        return ISO_OUT_OF_MEM;
    }
    if (d->callbacks.begin)
        d->callbacks.begin(d->callbacks.context);
    return ISO_SUCCESS;
}

static int stream_close(IsoStream* stream)
{
    StreamData* d = stream->data;
    if (d->fd < 0)
        return ISO_FILE_NOT_OPENED;
    close(d->fd);
    d->fd = -1;
    /* One buffer per open file only: libisofs opens files one after the other. */
    free(d->buffer);
    d->buffer = NULL;
    if (d->callbacks.end)
        d->callbacks.end(d->callbacks.context, d->done == d->size);
    return ISO_SUCCESS;
}

static off_t stream_get_size(IsoStream* stream)
{
    return ((StreamData*)stream->data)->size;
}

/* Refills the buffer from the file; returns bytes read, 0 at the end, -1 on error. */
static ssize_t refill(StreamData* d)
{
    size_t got = 0;
    while (got < PDI_STREAM_BUFFER) {
        ssize_t n = read(d->fd, d->buffer + got, PDI_STREAM_BUFFER - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        got += (size_t)n;
    }
    if (got > 0 && d->callbacks.data)
        d->callbacks.data(d->callbacks.context, d->buffer, got);
    d->buffered = got;
    d->offset = 0;
    return (ssize_t)got;
}

static int stream_read(IsoStream* stream, void* buf, size_t count)
{
    StreamData* d = stream->data;
    if (d->fd < 0)
        return ISO_FILE_NOT_OPENED;
    size_t given = 0;
    while (given < count) {
        if (d->offset == d->buffered) {
            ssize_t n = refill(d);
            if (n < 0)
                return ISO_FILE_READ_ERROR;
            if (n == 0)
                break;
        }
        size_t take = d->buffered - d->offset;
        if (take > count - given)
            take = count - given;
        memcpy((char*)buf + given, d->buffer + d->offset, take);
        d->offset += take;
        given += take;
    }
    d->done += (off_t)given;
    return (int)given;
}

static int stream_is_repeatable(IsoStream* stream)
{
    (void)stream;
    return 1;
}

static void stream_get_id(IsoStream* stream, unsigned int* fs_id, dev_t* dev_id, ino_t* ino_id)
{
    StreamData* d = stream->data;
    *fs_id = 0x50444953; /* "PDIS": not a libisofs filesystem id */
    *dev_id = 0;
    *ino_id = d->id;
}

static void stream_free(IsoStream* stream)
{
    StreamData* d = stream->data;
    if (d->fd >= 0)
        close(d->fd);
    free(d->buffer);
    free(d->path);
    free(d);
}

static IsoStreamIface hashing_file_stream_class = {
    0, {'p', 'd', 'i', 'h'}, stream_open, stream_close, stream_get_size, stream_read,
    stream_is_repeatable, stream_get_id, stream_free, NULL, NULL, NULL, NULL,
};

IsoStream* pdi_hashing_file_stream_new(const char* path, off_t size, unsigned int id,
                                       PdiStreamCallbacks callbacks)
{
    IsoStream* stream = calloc(1, sizeof(IsoStream));
    StreamData* data = calloc(1, sizeof(StreamData));
    if (!stream || !data) {
        free(stream);
        free(data);
        return NULL;
    }
    data->path = strdup(path);
    data->size = size;
    data->id = id;
    data->fd = -1;
    data->callbacks = callbacks;
    stream->class = &hashing_file_stream_class;
    stream->refcount = 1;
    stream->data = data;
    return stream;
}
