//! The native `_hashlib` helpers behind the Python-source `hashlib`: one-shot digests
//! (md5, sha1, sha2 family), `pbkdf2_hmac` and `scrypt` through RustCrypto crates; the
//! key derivations run with the global lock released.

use skein_interp::argparse::{kwarg, nargs};
use skein_interp::bytes::new_bytes;
use skein_interp::exc::{type_error, value_error};
use skein_interp::func::{new_module_builtin, KwArgs, NativeFn, PyResult};
use skein_interp::module::{module_ns, new_module};
use skein_interp::object::{ObjBox, ObjData};
use skein_interp::types::type_name;
use skein_interp::value::Value;
use skein_interp::Vm;

use md5::Digest;

pub fn init(_vm: &mut Vm) -> PyResult<&'static ObjBox> {
    let m = new_module("_hashlib");
    let ns = module_ns(m);
    let fns: &[(&'static str, NativeFn)] = &[
        ("digest", digest),
        ("hexdigest", hexdigest),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("scrypt", scrypt),
    ];
    for (n, f) in fns {
        ns.set(n, new_module_builtin("_hashlib", n, *f));
    }
    Ok(m)
}

fn bytes_of(v: &Value) -> PyResult<&[u8]> {
    match v.data() {
        Some(ObjData::Bytes(b)) => Ok(b),
        _ => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v.class())
        ))),
    }
}

fn hash_bytes(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match name {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha224" => sha2::Sha224::digest(data).to_vec(),
        "sha256" => sha2::Sha256::digest(data).to_vec(),
        "sha384" => sha2::Sha384::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

/// The digest under algorithm `args[0]` of the bytes chunks in the list `args[1]`.
fn digest_of(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    nargs("digest", args, 2, 2)?;
    let name = args[0].as_str().unwrap_or("").to_string();
    let chunks = vm.collect(&args[1])?;
    let mut data = Vec::new();
    for c in &chunks {
        data.extend_from_slice(bytes_of(c)?);
    }
    hash_bytes(&name, &data).ok_or_else(|| value_error(format!("unsupported hash type {name}")))
}

/// `digest(name, chunks)`: the digest as bytes.
fn digest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    Ok(new_bytes(digest_of(vm, args)?))
}

/// `hexdigest(name, chunks)`: the digest as lowercase hex text.
fn hexdigest(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult {
    let d = digest_of(vm, args)?;
    let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(skein_interp::pystr::new_string(s))
}

fn released<R>(f: impl FnOnce() -> R) -> R {
    match skein_runtime::Runtime::global() {
        Some(rt) => rt.allow_threads(f),
        None => f(),
    }
}

fn pbkdf2_hmac(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    let get = |i: usize, n: &str| args.get(i).cloned().or_else(|| kwarg(kw, n));
    let (Some(name), Some(pw), Some(salt), Some(iters)) = (
        get(0, "hash_name"),
        get(1, "password"),
        get(2, "salt"),
        get(3, "iterations"),
    ) else {
        return Err(type_error(
            "pbkdf2_hmac() missing required argument 'hash_name' (pos 1)",
        ));
    };
    let pw = bytes_of(&pw)?.to_vec();
    let salt = bytes_of(&salt)?.to_vec();
    let iters = vm.index_value(&iters)?;
    if iters < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    let iters = u32::try_from(iters)
        .map_err(|_| skein_interp::exc::overflow_error("iteration value is too great."))?;
    let name = name.as_str().unwrap_or("").to_string();
    let natural = match name.as_str() {
        "md5" => 16,
        "sha1" => 20,
        "sha224" => 28,
        "sha256" => 32,
        "sha384" => 48,
        "sha512" => 64,
        _ => {
            return Err(value_error(format!("unsupported hash type {name}")));
        }
    };
    let dklen = match get(4, "dklen") {
        Some(v) if !v.is_none() => {
            let n = vm.index_value(&v)?;
            if n < 1 {
                return Err(value_error("key length must be greater than 0."));
            }
            n as usize
        }
        _ => natural,
    };
    let mut out = vec![0u8; dklen];
    released(|| {
        use pbkdf2::pbkdf2_hmac as p;
        match name.as_str() {
            "md5" => p::<md5::Md5>(&pw, &salt, iters, &mut out),
            "sha1" => p::<sha1::Sha1>(&pw, &salt, iters, &mut out),
            "sha224" => p::<sha2::Sha224>(&pw, &salt, iters, &mut out),
            "sha256" => p::<sha2::Sha256>(&pw, &salt, iters, &mut out),
            "sha384" => p::<sha2::Sha384>(&pw, &salt, iters, &mut out),
            _ => p::<sha2::Sha512>(&pw, &salt, iters, &mut out),
        }
    });
    Ok(new_bytes(out))
}

fn scrypt(vm: &mut Vm, args: &[Value], kw: KwArgs) -> PyResult {
    if args.len() > 1 {
        return Err(type_error(format!(
            "scrypt() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let pw = match args.first().cloned().or_else(|| kwarg(kw, "password")) {
        Some(v) => bytes_of(&v)?.to_vec(),
        None => {
            return Err(type_error(
                "scrypt() missing required argument 'password' (pos 1)",
            ))
        }
    };
    let salt = match kwarg(kw, "salt") {
        Some(v) if !v.is_none() => bytes_of(&v)?.to_vec(),
        _ => return Err(type_error("salt is required")),
    };
    let uint = |vm: &mut Vm, n: &str| -> PyResult<Option<u64>> {
        match kwarg(kw, n) {
            Some(v) if !v.is_none() => {
                if !skein_interp::int::is_int_like(&v) {
                    return Ok(None);
                }
                let i = vm.index_value(&v)?;
                Ok(u64::try_from(i).ok())
            }
            _ => Ok(None),
        }
    };
    let n =
        uint(vm, "n")?.ok_or_else(|| type_error("n is required and must be an unsigned int"))?;
    let r =
        uint(vm, "r")?.ok_or_else(|| type_error("r is required and must be an unsigned int"))?;
    let p =
        uint(vm, "p")?.ok_or_else(|| type_error("p is required and must be an unsigned int"))?;
    if n < 2 || !n.is_power_of_two() {
        return Err(value_error("n must be a power of 2."));
    }
    let maxmem = uint(vm, "maxmem")?.unwrap_or(0);
    let dklen = match kwarg(kw, "dklen") {
        Some(v) => vm.index_value(&v)?,
        None => 64,
    };
    if !(1..=i64::from(i32::MAX)).contains(&dklen) {
        return Err(value_error(
            "dklen must be greater than 0 and smaller than 2147483647",
        ));
    }
    if r == 0 || p == 0 {
        return Err(value_error(
            "Invalid parameter combination for n, r, p, maxmem.",
        ));
    }
    // OpenSSL's memory rule: 128·r·p + 128·r·(n + 2) bytes, at most 32 MiB by default.
    let limit = if maxmem == 0 {
        32 * 1024 * 1024
    } else {
        maxmem
    };
    let need = 128u128 * u128::from(r) * (u128::from(p) + u128::from(n) + 2);
    if need > u128::from(limit) {
        return Err(value_error(
            "[digital envelope routines] memory limit exceeded",
        ));
    }
    let log_n = n.trailing_zeros() as u8;
    let params = ::scrypt::Params::new(log_n, r as u32, p as u32, dklen as usize)
        .map_err(|_| value_error("Invalid parameter combination for n, r, p, maxmem."))?;
    let mut out = vec![0u8; dklen as usize];
    let ok = released(|| ::scrypt::scrypt(&pw, &salt, &params, &mut out).is_ok());
    if !ok {
        return Err(value_error(
            "Invalid parameter combination for n, r, p, maxmem.",
        ));
    }
    Ok(new_bytes(out))
}
