#include "StoreSession.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <mutex>

namespace pdi {

namespace {

// A presentation context ID is odd and at most 255: 128 contexts per association.
constexpr int MaxContexts = 128;

const QString ExplicitLE = QString::fromLatin1(UID_LittleEndianExplicitTransferSyntax);
const QString ImplicitLE = QString::fromLatin1(UID_LittleEndianImplicitTransferSyntax);

bool isUncompressed(const QString& uid) {
    return uid == ExplicitLE || uid == ImplicitLE ||
           uid == QLatin1String(UID_BigEndianExplicitTransferSyntax);
}

void registerDecoders() {
    static std::once_flag once;
    std::call_once(once, [] {
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

} // namespace

StoreSession::StoreSession(DicomNode node, LocalAe local)
    : node_(std::move(node))
    , local_(std::move(local)) {}

StoreSession::~StoreSession() {
    close();
}

void StoreSession::expect(const QString& sopClass, const QString& transferSyntax) {
    if (!syntaxes_.contains(sopClass))
        classOrder_ << sopClass;
    QStringList& list = syntaxes_[sopClass];
    const QString ts = transferSyntax.isEmpty() ? ExplicitLE : transferSyntax;
    if (!list.contains(ts))
        list << ts;
}

QVector<PresentationContext> StoreSession::contextsStartingWith(const QString& first,
                                                                QSet<QString>& classes) const {
    QVector<PresentationContext> contexts;
    QStringList order = classOrder_;
    if (!first.isEmpty()) {
        order.removeAll(first);
        order.prepend(first);
    }
    for (const QString& sopClass : std::as_const(order)) {
        QVector<PresentationContext> mine;
        bool ownUncompressed = false;
        for (const QString& ts : syntaxes_.value(sopClass)) {
            if (isUncompressed(ts)) {
                ownUncompressed = true;
                continue;
            }
            mine.append({sopClass, {ts}});
        }
        // The fallback (and the uncompressed files' own syntax): the file's syntax first.
        QStringList uncompressed{ExplicitLE, ImplicitLE};
        if (ownUncompressed && syntaxes_.value(sopClass).contains(ImplicitLE) &&
            !syntaxes_.value(sopClass).contains(ExplicitLE))
            uncompressed = {ImplicitLE, ExplicitLE};
        mine.append({sopClass, uncompressed});
        if (contexts.size() + mine.size() > MaxContexts)
            break;
        contexts += mine;
        classes.insert(sopClass);
    }
    return contexts;
}

Result<void> StoreSession::connect(const QString& sopClass) {
    if (association_ && association_->isConnected() &&
        (sopClass.isEmpty() || proposed_.contains(sopClass)))
        return {};
    close();
    if (!sopClass.isEmpty() && !syntaxes_.contains(sopClass))
        expect(sopClass, ExplicitLE);
    QSet<QString> classes;
    const QVector<PresentationContext> contexts = contextsStartingWith(sopClass, classes);
    if (contexts.isEmpty())
        return Error::invalid(tr("Nothing to send to %1.").arg(DicomAssociation::describe(node_)));
    auto opened = DicomAssociation::open(node_, local_, contexts);
    if (!opened)
        return opened.error();
    association_ = std::move(*opened);
    proposed_ = classes;
    ++opened_;
    return {};
}

void StoreSession::close() {
    if (association_)
        association_->release();
    association_.reset();
    proposed_.clear();
}

StoreSession::Outcome StoreSession::send(DcmDataset& dataset, const QString& sopClass,
                                         const QString& sopInstance) {
    Outcome out;
    if (auto connected = connect(sopClass); !connected) {
        out.kind = connected.error().kind == Error::Kind::Network ? Outcome::Kind::ConnectionLost
                                                                  : Outcome::Kind::Rejected;
        out.message = connected.error().message;
        return out;
    }
    DicomAssociation& a = *association_;
    const DcmXfer current(dataset.getCurrentXfer() == EXS_Unknown ? dataset.getOriginalXfer()
                                                                  : dataset.getCurrentXfer());
    const QString currentUid = QString::fromLatin1(current.getXferID());
    T_ASC_PresentationContextID id = a.contextFor(sopClass, currentUid);
    if (id == 0 && isUncompressed(currentUid)) {
        id = a.contextFor(sopClass, ExplicitLE);
        if (id == 0)
            id = a.contextFor(sopClass, ImplicitLE);
    }
    if (id == 0) {
        // The node declined the file's own (compressed) syntax: decompress for the fallback.
        const T_ASC_PresentationContextID fallback = a.contextFor(sopClass, ExplicitLE)
                                                         ? a.contextFor(sopClass, ExplicitLE)
                                                         : a.contextFor(sopClass, ImplicitLE);
        if (fallback == 0) {
            out.kind = Outcome::Kind::Rejected;
            out.message = tr("%1 accepts neither %2 nor an uncompressed transfer syntax for this "
                             "kind of object (%3).")
                              .arg(DicomAssociation::describe(node_),
                                   QString::fromLatin1(current.getXferName()), sopClass);
            return out;
        }
        registerDecoders();
        const E_TransferSyntax target =
            DcmXfer(a.transferSyntaxOf(fallback).toLatin1().constData()).getXfer();
        if (dataset.chooseRepresentation(target, nullptr).bad() || !dataset.canWriteXfer(target)) {
            out.kind = Outcome::Kind::Rejected;
            out.message = tr("%1 does not accept %2 and the object cannot be decompressed here.")
                              .arg(DicomAssociation::describe(node_),
                                   QString::fromLatin1(current.getXferName()));
            return out;
        }
        id = fallback;
    }

    Uint16 status = 0;
    const OFCondition c = a.scu().sendSTORERequest(id, OFFilename(), &dataset, status);
    if (c.bad()) {
        out.kind = Outcome::Kind::ConnectionLost;
        out.message = DicomAssociation::explain(node_, c);
        a.abort();
        association_.reset();
        proposed_.clear();
        return out;
    }
    out.status = status;
    if (status == STATUS_Success)
        return out;
    if ((status & 0xF000) == 0xB000 || status == 0x0001 || status == 0x0107 || status == 0x0116) {
        out.message = tr("stored with warning: %1").arg(statusText(status));
        return out;
    }
    out.kind = Outcome::Kind::Rejected;
    out.message = tr("%1 refused %2: %3")
                      .arg(DicomAssociation::describe(node_), sopInstance, statusText(status));
    return out;
}

QString StoreSession::statusText(quint16 status) {
    QString meaning;
    if (status == 0)
        meaning = tr("success");
    else if ((status & 0xFF00) == 0xA700)
        meaning = tr("out of resources");
    else if ((status & 0xFF00) == 0xA900)
        meaning = tr("data set does not match the SOP class");
    else if ((status & 0xF000) == 0xC000)
        meaning = tr("cannot understand");
    else if (status == 0xB000)
        meaning = tr("coercion of data elements");
    else if (status == 0xB007)
        meaning = tr("data set does not match the SOP class");
    else if (status == 0xB006)
        meaning = tr("elements discarded");
    else if (status == 0x0122)
        meaning = tr("SOP class not supported");
    else if (status == 0x0124)
        meaning = tr("not authorized");
    else if (status == 0x0111)
        meaning = tr("duplicate SOP instance");
    else if (status == 0x0211)
        meaning = tr("unrecognized operation");
    else
        meaning = tr("failure");
    return QStringLiteral("0x%1 (%2)").arg(status, 4, 16, QLatin1Char('0')).arg(meaning);
}

} // namespace pdi
