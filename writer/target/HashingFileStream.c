#include "HashingFileStream.h"

#include <stdint.h>

#define LIBISOFS_WITHOUT_LIBBURN
#include <libisofs.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    char* path;
    off_t size;
    off_t done;
    unsigned int id;
    int fd;
    PdiStreamCallbacks callbacks;
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
    if (d->callbacks.end)
        d->callbacks.end(d->callbacks.context, d->done == d->size);
    return ISO_SUCCESS;
}

static off_t stream_get_size(IsoStream* stream)
{
    return ((StreamData*)stream->data)->size;
}

static int stream_read(IsoStream* stream, void* buf, size_t count)
{
    StreamData* d = stream->data;
    if (d->fd < 0)
        return ISO_FILE_NOT_OPENED;
    size_t got = 0;
    while (got < count) {
        ssize_t n = read(d->fd, (char*)buf + got, count - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ISO_FILE_READ_ERROR;
        }
        if (n == 0)
            break;
        got += (size_t)n;
    }
    if (got > 0 && d->callbacks.data)
        d->callbacks.data(d->callbacks.context, buf, got);
    d->done += (off_t)got;
    return (int)got;
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
