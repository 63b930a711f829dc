#include <XidentQt/client.h>
#include <XidentQt/job.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Xident::Config config(qEnvironmentVariable("XIDENT_SECRET_KEY"));
    config.setBaseUrl(u"http://localhost:9000"_s);
    config.setApiVersion(u"2026-08-13"_s);
    Xident::Client client(config);
    Xident::InitParams params;
    params.callbackUrl = u"https://shop.example/done"_s;
    params.minAge = 18;
    params.userId = u"sandbox:pass"_s;
    params.metadata = u"{\"order\": \"J\u00f6rg's \\\\ 42\?\"}\n"_s;
    auto *job = client.init(params);
    QObject::connect(job, &Xident::Job::finished, &app, [job] {
        if (job->error()) {
            QTextStream(stderr) << job->error().toString() << '\n';
            QCoreApplication::exit(1);
            return;
        }
        QTextStream out(stdout);
        out << job->result().token << ' ' << job->result().verifyUrl << '\n';
        QCoreApplication::exit(0);
    });
    job->start();
    return app.exec();
}
