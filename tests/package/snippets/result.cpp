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
    auto *job = client.getResult(u"xit_SNIPPET_INIT_TOKEN"_s);
    QObject::connect(job, &Xident::Job::finished, &app, [job] {
        if (job->error()) {
            QTextStream(stderr) << job->error().toString() << '\n';
            QCoreApplication::exit(1);
            return;
        }
        QTextStream out(stdout);
        out << job->result().statusText() << ' ' << job->result().token() << '\n';
        QCoreApplication::exit(0);
    });
    job->start();
    return app.exec();
}
