//! `skein --dis`: a readable listing of a code object and the code objects nested in it.

use crate::bytecode::Instr;
use crate::code::Code;
use crate::object::ObjData;
use crate::value::Value;

pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn dis_into(code: &Code, out: &mut String) {
    out.push_str(&format!(
        "Disassembly of <code object {} at line {}> (args {}, locals {:?}, cells {:?}, free {:?}):\n",
        code.qualname, code.firstlineno, code.argcount, code.varnames, code.cellvars, code.freevars
    ));
    let targets: Vec<u32> = code.instrs.iter().filter_map(|i| i.target()).collect();
    let mut last_line = 0;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        out.push_str(&format!(
            "{line_col} {mark} {pc:>4} {}\n",
            describe(code, ins)
        ));
    }
    if !code.handlers.is_empty() {
        out.push_str("ExceptionTable:\n");
        for h in &code.handlers {
            out.push_str(&format!(
                "  {} to {} -> {} [{}]\n",
                h.start, h.end, h.target, h.depth
            ));
        }
    }
    out.push('\n');
    for c in &code.consts {
        if let Some(ObjData::Code(inner)) = c.data() {
            dis_into(inner, out);
        }
    }
}

fn const_text(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::float::float_repr(*f),
        Value::Obj(o) => match &o.data {
            ObjData::Str(s) => crate::repr::str_repr(s.as_str()),
            ObjData::Code(c) => format!("<code {}>", c.qualname),
            ObjData::Tuple(t) => {
                let parts: Vec<String> = t.iter().map(const_text).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            ObjData::BigInt(b) => b.to_string(),
            _ => "<const>".into(),
        },
        Value::Unbound => "<unbound>".into(),
    }
}

fn describe(code: &Code, ins: &Instr) -> String {
    let name = |i: &u32| code.name_str(*i).to_string();
    let var = |i: &u32| code.varnames.get(*i as usize).cloned().unwrap_or_default();
    let cell = |i: &u32| {
        let i = *i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i - code.cellvars.len().min(i)))
            .cloned()
            .unwrap_or_default()
    };
    let op = format!("{ins:?}");
    let opname = op.split('(').next().unwrap_or(&op).to_string();
    let detail = match ins {
        Instr::LoadConst(i) => const_text(&code.consts[*i as usize]),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => var(i),
        Instr::LoadFastConst(i, c) => {
            format!("{} {}", var(i), const_text(&code.consts[*c as usize]))
        }
        Instr::LoadFastFast(i, j) => format!("{} {}", var(i), var(j)),
        Instr::SubscrFastConst(i, c) | Instr::StoreSubscrFastConst(i, c) => {
            format!("{}[{}]", var(i), const_text(&code.consts[*c as usize]))
        }
        Instr::SubscrFastFast(i, j) | Instr::StoreSubscrFastFast(i, j) => {
            format!("{}[{}]", var(i), var(j))
        }
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => cell(i),
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => name(i),
        Instr::CallKw(n, k) | Instr::CallMethodKw(n, k) => {
            format!("{n} {}", const_text(&code.consts[*k as usize]))
        }
        _ => {
            let inner = op
                .split_once('(')
                .map(|(_, r)| r.trim_end_matches(')').to_string())
                .unwrap_or_default();
            return format!("{opname:<20} {inner}").trim_end().to_string();
        }
    };
    let arg = op
        .split_once('(')
        .map(|(_, r)| r.trim_end_matches(')').to_string())
        .unwrap_or_default();
    format!("{opname:<20} {arg} ({detail})")
}
