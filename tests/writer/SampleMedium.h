#pragma once

#include "layout/MediumDescription.h"

namespace pdi::test {

// A medium as the writer describes it: a Japanese patient with all three name groups, two
// studies, no warnings. Tests switch warnings on where they need them.
inline MediumDescription sampleMedium() {
    MediumDescription m;
    m.patientName = QStringLiteral("YAMADA^TARO=山田^太郎=やまだ^たろう");
    m.patientId = QStringLiteral("PAT12345");
    m.birthDate = QStringLiteral("19700101");
    m.sex = QStringLiteral("M");
    m.institutionName = QStringLiteral("さくら総合病院");
    m.department = QStringLiteral("放射線科");
    m.phone = QStringLiteral("03-1234-5678");
    m.address = QStringLiteral("東京都千代田区千代田1-2-3");
    m.created = QDate(2026, 11, 21);
    m.operatorRole = QStringLiteral("frontdesk");
    m.application = QStringLiteral("PDI Station 0.1.0");
    m.fileSetId = QStringLiteral("PDI20261121");
    m.mediaType = QStringLiteral("CD");

    MediumDescription::Study ct;
    ct.uid = QStringLiteral("1.2.826.0.1.3680043.9.7777.10");
    ct.date = QStringLiteral("20240105");
    ct.time = QStringLiteral("101500");
    ct.description = QStringLiteral("CT CHEST 胸部単純");
    ct.accessionNumber = QStringLiteral("ACC001");
    ct.modalities = QStringList{QStringLiteral("CT")};
    MediumDescription::Series axial;
    axial.number = QStringLiteral("1");
    axial.modality = QStringLiteral("CT");
    axial.description = QStringLiteral("AXIAL 5MM");
    axial.images = 120;
    MediumDescription::Series coronal;
    coronal.number = QStringLiteral("2");
    coronal.modality = QStringLiteral("CT");
    coronal.description = QStringLiteral("CORONAL 3MM");
    coronal.images = 80;
    ct.series = {axial, coronal};

    MediumDescription::Study mr;
    mr.uid = QStringLiteral("1.2.826.0.1.3680043.9.7777.20");
    mr.date = QStringLiteral("20240210");
    mr.time = QStringLiteral("090000");
    mr.description = QStringLiteral("MR HEAD");
    mr.modalities = QStringList{QStringLiteral("MR")};
    MediumDescription::Series t2;
    t2.number = QStringLiteral("3");
    t2.modality = QStringLiteral("MR");
    t2.description = QStringLiteral("T2 AX");
    t2.images = 24;
    mr.series = {t2};

    m.studies = {ct, mr};
    return m;
}

// Every warning the label and README.TXT know: other content, an AI series, video, bulk.
inline MediumDescription sampleMediumWithWarnings() {
    MediumDescription m = sampleMedium();
    m.otherFiles = {{QStringLiteral("OTHER/LETTER.PDF"), QStringLiteral("PDF document")}};
    MediumDescription::Series ai;
    ai.number = QStringLiteral("901");
    ai.modality = QStringLiteral("SEG");
    ai.description = QStringLiteral("LUNG NODULE AI");
    ai.images = 1;
    ai.aiDerived = true;
    m.studies[0].series << ai;
    m.studies[0].modalities << QStringLiteral("SEG");
    m.studies[0].series[1].bulk = true;
    MediumDescription::Series cine;
    cine.number = QStringLiteral("4");
    cine.modality = QStringLiteral("MR");
    cine.description = QStringLiteral("CINE MOVIE");
    cine.images = 1;
    cine.video = true;
    m.studies[1].series << cine;
    return m;
}

} // namespace pdi::test
