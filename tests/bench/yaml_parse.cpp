// The floor for reading a ledger: parse every .yaml file under a folder and
// throw the events away. `libyaml` is libyaml's event parser (what coop's
// reader is built on), `yaml-cpp-events` yaml-cpp's event API, `yaml-cpp-tree`
// yaml-cpp's YAML::Load. Used by run.sh, not by the tests.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>
#include <yaml.h>

namespace {

struct Discard : YAML::EventHandler {
    std::size_t events = 0;
    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

std::size_t libyaml_events(const std::string& text) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
    std::size_t events = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) break;
        const bool end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        ++events;
        if (end) break;
    }
    yaml_parser_delete(&parser);
    return events;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: coop_yaml_bench libyaml|yaml-cpp-events|yaml-cpp-tree DIR\n";
        return 2;
    }
    const std::string mode = argv[1];
    std::size_t files = 0, events = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[2])) {
        if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buf;
        buf << in.rdbuf();
        const std::string text = buf.str();
        ++files;
        if (mode == "libyaml") {
            events += libyaml_events(text);
        } else if (mode == "yaml-cpp-events") {
            std::istringstream stream(text);
            YAML::Parser parser(stream);
            Discard handler;
            while (parser.HandleNextDocument(handler)) {
            }
            events += handler.events;
        } else {
            const YAML::Node node = YAML::Load(text);
            events += node.size();
        }
    }
    std::cout << files << " files, " << events << " events\n";
    return 0;
}
