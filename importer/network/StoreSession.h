#pragma once

#include "DicomAssociation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>

class DcmDataset;

namespace pdi {

// Sends instances to a node with C-STORE (PS3.4 B), keeping one association open across them.
// Each file's own transfer syntax is proposed, with Explicit and Implicit VR Little Endian as the
// fallback; a file whose syntax the node declines is sent decompressed. Every response status is
// checked: a rejected instance fails alone, a lost connection ends the session.
class StoreSession {
    Q_DECLARE_TR_FUNCTIONS(pdi::StoreSession)

public:
    struct Outcome {
        enum class Kind {
            Stored,        // success or warning status
            Rejected,      // the node refused this instance; the association is still usable
            ConnectionLost // nothing more can be sent now
        };
        Kind kind = Kind::Stored;
        quint16 status = 0;
        QString message; // warnings and failures: the status and what it means
    };

    StoreSession(DicomNode node, LocalAe local);
    ~StoreSession();
    StoreSession(const StoreSession&) = delete;
    StoreSession& operator=(const StoreSession&) = delete;

    // Announces a kind of object that will be sent, so that one association covers them all.
    void expect(const QString& sopClass, const QString& transferSyntax);

    // Sends one data set (in its current representation: a compressed one is decompressed when
    // the node only accepts uncompressed syntaxes).
    Outcome send(DcmDataset& dataset, const QString& sopClass, const QString& sopInstance);

    // Opens the association now (used to report an unreachable node before any work).
    Result<void> connect(const QString& sopClass = QString());
    void close();
    int associationsOpened() const { return opened_; }

    static QString statusText(quint16 status);

private:
    QVector<PresentationContext> contextsStartingWith(const QString& sopClass,
                                                      QSet<QString>& classes) const;

    DicomNode node_;
    LocalAe local_;
    QStringList classOrder_;
    QHash<QString, QStringList> syntaxes_; // SOP class -> transfer syntaxes of its files
    std::unique_ptr<DicomAssociation> association_;
    QSet<QString> proposed_; // SOP classes of the open association
    int opened_ = 0;
};

} // namespace pdi
