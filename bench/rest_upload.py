#!/usr/bin/env python3
"""Uploads every file under FOLDER to Orthanc's REST API (POST /instances), one file at a time
over one kept-alive HTTP connection: Orthanc's own ingest rate, without the DICOM network protocol.
  rest_upload.py PORT FOLDER
Exits non-zero when Orthanc refuses a file."""
import http.client
import os
import sys


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    connection = http.client.HTTPConnection('127.0.0.1', port)
    headers = {'Content-Type': 'application/dicom'}
    for directory, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            with open(os.path.join(directory, name), 'rb') as f:
                body = f.read()
            connection.request('POST', '/instances', body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                sys.exit(f'{name}: Orthanc answered {response.status}')
    connection.close()


if __name__ == '__main__':
    main()
