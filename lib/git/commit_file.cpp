#include "git/commit_file.hpp"

#include <chrono>
#include <cstdlib>
#include <thread>

#include <sys/stat.h>

#include <fmt/format.h>

#include "git/handles.hpp"
#include "git/repository.hpp"
#include "model/error.hpp"
#include "util/os_error.hpp"
#include "util/subprocess.hpp"
#include "util/temp_file.hpp"

namespace fs = std::filesystem;

namespace coop::git {

namespace {

using Treebuilder = std::unique_ptr<git_treebuilder, Deleter<git_treebuilder_free>>;

Tree lookup_tree(git_repository* repo, const git_oid& id) {
    git_tree* raw = nullptr;
    check(git_tree_lookup(&raw, repo, &id), "cannot read a tree");
    return Tree(raw);
}

Tree empty_tree(git_repository* repo) {
    git_treebuilder* raw = nullptr;
    check(git_treebuilder_new(&raw, repo, nullptr), "cannot build a tree");
    const Treebuilder builder(raw);
    git_oid id;
    check(git_treebuilder_write(&id, builder.get()), "cannot write a tree");
    return lookup_tree(repo, id);
}

struct Staged {
    fs::path file;
    std::string rel; // in the work tree
    git_oid blob;
};

// The index entry git itself would write for the file now on disk.
git_index_entry index_entry(const Staged& s) {
    struct stat st {};
    if (::stat(s.file.c_str(), &st) != 0)
        throw Error(ErrorKind::io, fmt::format("cannot stat '{}'", s.file.string()));
    git_index_entry entry{};
    entry.ctime.seconds = static_cast<std::int32_t>(st.st_ctim.tv_sec);
    entry.ctime.nanoseconds = static_cast<std::uint32_t>(st.st_ctim.tv_nsec);
    entry.mtime.seconds = static_cast<std::int32_t>(st.st_mtim.tv_sec);
    entry.mtime.nanoseconds = static_cast<std::uint32_t>(st.st_mtim.tv_nsec);
    entry.dev = static_cast<std::uint32_t>(st.st_dev);
    entry.ino = static_cast<std::uint32_t>(st.st_ino);
    entry.mode = GIT_FILEMODE_BLOB;
    entry.uid = st.st_uid;
    entry.gid = st.st_gid;
    entry.file_size = static_cast<std::uint32_t>(st.st_size);
    entry.id = s.blob;
    entry.path = s.rel.c_str();
    return entry;
}

void stage_blobs(git_repository* repo, const std::vector<Staged>& staged) {
    git_index* raw = nullptr;
    check(git_repository_index(&raw, repo), "cannot open the git index");
    const Index index(raw);
    std::vector<git_index_entry> entries;
    for (const Staged& s : staged)
        entries.push_back(index_entry(s));
    // Another git (or coop) may hold index.lock for a moment: wait for it.
    for (int attempt = 0;; ++attempt) {
        check(git_index_read(index.get(), 1), "cannot read the git index");
        for (const git_index_entry& e : entries)
            check(git_index_add(index.get(), &e), "cannot update the git index");
        const int rc = git_index_write(index.get());
        if (rc == GIT_ELOCKED && attempt < 500) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            continue;
        }
        check(rc, "committed, but cannot write the git index (run git reset -- " +
                      staged.front().rel + ")");
        return;
    }
}

std::optional<std::string> config_string(const fs::path& path, const char* key) {
    git_config* raw = nullptr;
    if (auto repo = discover(path)) {
        if (git_repository_config(&raw, repo->get()) < 0) return std::nullopt;
    } else if (git_config_open_default(&raw) < 0) {
        return std::nullopt;
    }
    const Config config(raw);
    git_buf buf = GIT_BUF_INIT;
    if (git_config_get_string_buf(&buf, config.get(), key) < 0) return std::nullopt;
    std::string value(buf.ptr, buf.size);
    git_buf_dispose(&buf);
    if (value.empty()) return std::nullopt;
    return value;
}

// The SSH signature of `payload` by `key` as git makes it: a key given as
// text (key::ssh-ed25519 ... or ssh-ed25519 ...) is the public half of a key
// in ssh-agent; anything else is the path of a key file.
std::string ssh_sign(const std::string& key, std::string_view payload) {
    std::string literal;
    if (key.starts_with("key::"))
        literal = key.substr(5);
    else if (key.starts_with("ssh-") || key.starts_with("ecdsa-") || key.starts_with("sk-"))
        literal = key;
    std::optional<TempFile> public_key;
    std::vector<std::string> argv{"ssh-keygen", "-Y", "sign", "-n", "git"};
    if (!literal.empty()) {
        try {
            public_key.emplace(literal + "\n");
        } catch (const OsError& e) {
            throw Error(ErrorKind::io, e.what());
        }
        argv.insert(argv.end(), {"-U", "-f", public_key->path().string()});
    } else {
        std::string path = key;
        if (const char* home = std::getenv("HOME"); home && path.starts_with("~/"))
            path = std::string(home) + path.substr(1);
        argv.insert(argv.end(), {"-f", path});
    }
    ProcessResult r;
    try {
        r = run_process(argv, payload);
    } catch (const OsError& e) {
        throw Error(ErrorKind::io, e.what());
    }
    if (r.status != 0 || !r.out.starts_with("-----BEGIN SSH SIGNATURE-----")) {
        std::string why = r.err.empty() ? r.out : r.err;
        while (!why.empty() && (why.back() == '\n' || why.back() == '\r'))
            why.pop_back();
        throw Error(ErrorKind::io,
                    fmt::format("cannot sign the commit with user.signingkey '{}': ssh-keygen "
                                "says: {}",
                                key, why));
    }
    return r.out;
}

// Points HEAD (the branch it names, or HEAD itself when detached) at
// `commit`, if it still points at `expected` (nothing: unborn). False when
// another commit came first.
bool advance_head(git_repository* repo, const git_oid& commit, const git_oid* expected,
                  const std::string& message) {
    git_reference* raw = nullptr;
    check(git_reference_lookup(&raw, repo, "HEAD"), "cannot read HEAD");
    const Reference head(raw);
    const std::string name = git_reference_type(head.get()) == GIT_REFERENCE_SYMBOLIC
                                 ? git_reference_symbolic_target(head.get())
                                 : "HEAD";
    const std::string log = "commit: " + message.substr(0, message.find('\n'));
    git_reference* out = nullptr;
    const int rc = expected
                       ? git_reference_create_matching(&out, repo, name.c_str(), &commit, 1,
                                                       expected, log.c_str())
                       : git_reference_create(&out, repo, name.c_str(), &commit, 0, log.c_str());
    const Reference keep(out);
    if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS) return false;
    check(rc, "cannot move HEAD to the new commit");
    return true;
}

} // namespace

std::optional<std::string> signing_key(const fs::path& path) {
    return config_string(path, "user.signingkey");
}

std::optional<std::string> user_email(const fs::path& path) {
    return config_string(path, "user.email");
}

std::optional<std::string> user_name(const fs::path& path) {
    return config_string(path, "user.name");
}

std::string commit_file(const fs::path& file, std::string_view content, const std::string& message,
                        const std::string& signing_key) {
    return commit_files({{file, content}}, message, signing_key);
}

std::string commit_files(const std::vector<FileContent>& files, const std::string& message,
                         const std::string& signing_key) {
    if (files.empty()) throw Error(ErrorKind::io, "internal error: a commit of no files");
    const fs::path& first = files.front().file;
    auto found = discover(first.parent_path());
    if (!found)
        throw Error(ErrorKind::usage,
                    fmt::format("cannot commit: '{}' is not in a git repository", first.string()));
    git_repository* repo = found->get();
    const char* workdir = git_repository_workdir(repo);
    if (!workdir) throw Error(ErrorKind::usage, "cannot commit: the repository has no work tree");
    std::error_code ec;
    const fs::path canonical_workdir = fs::weakly_canonical(workdir, ec);

    git_signature* sig_raw = nullptr;
    if (git_signature_default(&sig_raw, repo) < 0)
        throw Error(ErrorKind::usage,
                    fmt::format("cannot commit: git does not know who you are ({}); run git "
                                "config user.name \"Your Name\" and git config user.email "
                                "you@example.org",
                                last_error()));
    const Signature sig(sig_raw);

    std::vector<Staged> staged;
    for (const FileContent& f : files) {
        Staged s{fs::weakly_canonical(f.file, ec), {}, {}};
        s.rel = s.file.lexically_relative(canonical_workdir).generic_string();
        if (s.rel.empty() || s.rel.starts_with(".."))
            throw Error(
                ErrorKind::usage,
                fmt::format("cannot commit: '{}' is outside the work tree", f.file.string()));
        check(git_blob_create_from_buffer(&s.blob, repo, f.content.data(), f.content.size()),
              "cannot store the file in git");
        staged.push_back(std::move(s));
    }
    std::vector<git_tree_update> updates;
    for (const Staged& s : staged) {
        git_tree_update update{};
        update.action = GIT_TREE_UPDATE_UPSERT;
        update.id = s.blob;
        update.filemode = GIT_FILEMODE_BLOB;
        update.path = s.rel.c_str();
        updates.push_back(update);
    }

    // HEAD may move under us (another coop committing): rebuild on the new tip.
    for (int attempt = 0;; ++attempt) {
        git_oid head_id;
        const int head_rc = git_reference_name_to_id(&head_id, repo, "HEAD");
        if (head_rc < 0 && head_rc != GIT_ENOTFOUND && head_rc != GIT_EUNBORNBRANCH)
            check(head_rc, "cannot read HEAD");
        const bool unborn = head_rc < 0;
        Commit parent;
        Tree base;
        if (unborn) {
            base = empty_tree(repo);
        } else {
            git_commit* c = nullptr;
            check(git_commit_lookup(&c, repo, &head_id), "cannot read the HEAD commit");
            parent.reset(c);
            git_tree* t = nullptr;
            check(git_commit_tree(&t, parent.get()), "cannot read the HEAD tree");
            base.reset(t);
        }
        git_oid tree_id;
        check(git_tree_create_updated(&tree_id, repo, base.get(), updates.size(), updates.data()),
              "cannot build the commit's tree");
        const Tree tree = lookup_tree(repo, tree_id);
        const git_commit* parents[1] = {parent.get()};
        git_oid commit_id;
        if (signing_key.empty()) {
            const int rc =
                git_commit_create(&commit_id, repo, "HEAD", sig.get(), sig.get(), nullptr,
                                  message.c_str(), tree.get(), unborn ? 0 : 1, parents);
            if (rc == GIT_EMODIFIED && attempt < 20) continue;
            check(rc, "cannot commit");
        } else {
            // The commit's text, signed, stored, and only then made HEAD.
            git_buf text = GIT_BUF_INIT;
            check(git_commit_create_buffer(&text, repo, sig.get(), sig.get(), nullptr,
                                           message.c_str(), tree.get(), unborn ? 0 : 1, parents),
                  "cannot build the commit");
            const std::string payload(text.ptr, text.size);
            git_buf_dispose(&text);
            const std::string signature = ssh_sign(signing_key, payload);
            check(git_commit_create_with_signature(&commit_id, repo, payload.c_str(),
                                                   signature.c_str(), nullptr),
                  "cannot store the signed commit");
            if (!advance_head(repo, commit_id, unborn ? nullptr : &head_id, message)) {
                if (attempt < 20) continue;
                throw Error(ErrorKind::io, "cannot commit: HEAD keeps moving");
            }
        }
        stage_blobs(repo, staged);
        char hex[GIT_OID_HEXSZ + 1];
        git_oid_tostr(hex, sizeof hex, &commit_id);
        return hex;
    }
}

} // namespace coop::git
