var lo=Object.defineProperty;var O=(s,e)=>()=>(s&&(e=s(s=0)),e);var $n=(s,e)=>{for(var t in e)lo(s,t,{get:e[t],enumerable:!0})};function v(s,e,t,n,r){return{name:s,operands:e===""?[]:e.split(" "),stack:t,effect:n,inline:r}}function ho(s,e,t){return s.replace(/\b[ab]\b/g,n=>n==="a"?e:t)}function po(){let s=[],e=[],t=[];for(let n of Fr){if(n.op===void 0)continue;let r=n.op,a={fns:[n.fn],argc:n.args},i=n.any?`; for ${n.any.except} a call of K[k]`:` on ${n.args===2?"numbers":"a number"}${n.also?` with ${n.also}`:""}, else a call of K[k]`,l=(m,c)=>n.any?`${n.fn} (${m}, ${c})`:ho(n.value,m,c),o=n.args===2?"[a b]":"[a]";s.push(v(r,"k",1-n.args,`${o} -> [${l("a","b")}]${i}`,a));let u=(m,c,b)=>e.push(v(`${r}_${m}`,c,1,`[] -> [${b}]${i}`)),p=(m,c,b)=>t.push(v(`${r}_${m}`,c,0,`go to j unless ${b}${i}, which the JUMP_IF_FALSE after it tests`));n.forms==="S"&&u("S","s k",l("S[s]","")),n.forms==="SS SK"&&(u("SS","s s k",l("S[s1]","S[s2]")),u("SK","s k k",l("S[s]","K[k1]"))),n.forms==="JF"&&(p("SS_JF","s s k j",l("S[s1]","S[s2]")),p("SK_JF","s k k j",l("S[s]","K[k1]")))}return[...s,...e,...t]}function mo(){let s=new Map(Me.map((t,n)=>[t.name,n])),e=new Map;for(let t of Me){if(!t.inline)continue;let n=a=>s.get(`${t.name}_${a}`),r={op:s.get(t.name),argc:t.inline.argc,s:n("S"),ss:n("SS"),sk:n("SK"),ssJf:n("SS_JF"),skJf:n("SK_JF")};for(let a of t.inline.fns)e.set(a,r)}return e}function Kr(s){return bo.get(s)??0}var co,fo,Fr,Me,g,Tn,bo,$t=O(()=>{co=[v("NOP","",0,"nothing"),v("CONST","k",1,"[] -> [K[k]]"),v("NIL","",1,"[] -> [nil]"),v("TRUE","",1,"[] -> [true]"),v("FALSE","",1,"[] -> [false]"),v("POP","",-1,"[a] -> []"),v("LOAD","s",1,"[] -> [S[s]]"),v("LOAD_GLOBAL","g",1,"[] -> [G[g]]; panics if G[g] is not bound yet"),v("LOAD_CAPTURE","c",1,"[] -> [C[c]]"),v("LOAD_SELF","",1,"[] -> [the running closure] (a named fn calling itself)"),v("LOAD_CELL","s",1,"[] -> [S[s].value]; panics if the cell is still empty"),v("LOAD_CAPTURE_CELL","c",1,"[] -> [C[c].value]; panics if the cell is still empty"),v("NEW_CELL","k",1,"[] -> [a new empty cell for the name K[k]]"),v("CELL_FROM","s s",0,"S[s1].value = S[s2]"),v("GLOBAL_FROM","g s",0,"G[g] = S[s]"),v("MOVE_TOP","s","=s+1","S[s] = top; drop everything above slot s"),v("TRUNCATE","s","=s","drop everything from slot s up"),v("SWAP","",0,"[a b] -> [b a]"),v("TUPLE","n","1-n","[a1 .. an] -> [(a1, .., an)]"),v("LIST","n","1-n","[a1 .. an] -> [[a1, .., an]]"),v("LIST_APPEND","",-1,"[xs a] -> [xs with a appended]"),v("LIST_CONCAT","",-1,"[xs ys] -> [xs then ys]; ys must be a list (a splat)"),v("SET","n","1-n","[a1 .. an] -> [${a1, .., an}]"),v("SET_ADD","",-1,"[s a] -> [s with a]"),v("SET_UNION","",-1,"[s t] -> [s with t's members]; t must be a set (a splat)"),v("DICT","n","1-2n","[k1 v1 .. kn vn] -> [#{k1 v1, ..}]"),v("DICT_PUT","",-2,"[d k v] -> [d with k = v]"),v("DICT_MERGE","",-1,"[d e] -> [d with e's entries]; e must be a dict (a splat)"),v("INTERP","n","1-n","[p1 .. pn] -> [the string forms of p1 .. pn joined]"),v("CLOSURE","k",1,"[] -> [a closure of the function K[k] over its captures]"),v("PARTIAL","n i","1-n","[f a1 .. a(n-1)] -> [f partially applied, the hole at index i]"),v("GET_KEY","k",0,"[d] -> [d K[k]]; nil unless d is a dict or pkg"),v("BOX","k",0,"[v] -> [a new box named K[k] holding v]"),v("PKG","n k","pkg","[k1 v1 .. kn vn] -> [the package K[k]]"),v("JUMP","j",0,"go to j"),v("JUMP_IF_FALSE","j",-1,"[c] -> []; go to j if c is nil or false"),v("CALL","n","-n","[f a1 .. an] -> [f (a1, .., an)]; one reduction"),v("TAIL_CALL","n","end","[f a1 .. an] -> replace this frame with the call; one reduction"),v("RETURN","","end","[v] -> return v to the caller"),v("PANIC","","end","[v] -> panic with v"),v("ARITY_EQ","n j",0,"go to j unless this call got exactly n arguments"),v("PACK_ARGS","","=1","S[0] = a tuple of all the arguments (UNPACK_ARGS undoes it)"),v("MATCH_TUPLE","s n j",0,"go to j unless S[s] is a tuple of exactly n members"),v("MATCH_TUPLE_MIN","s n j",0,"go to j unless S[s] is a tuple of at least n members"),v("MATCH_LIST","s n j",0,"go to j unless S[s] is a list of exactly n members"),v("MATCH_LIST_MIN","s n j",0,"go to j unless S[s] is a list of at least n members"),v("MATCH_DICT","s j",0,"go to j unless S[s] is a dict"),v("MATCH_EQ","s k j",0,"go to j unless S[s] is the literal K[k]"),v("MATCH_TYPE","s k j",0,"go to j unless type (S[s]) is the keyword K[k]"),v("PUSH_ELEM","s i",1,"[] -> [member i of the tuple or list S[s]]"),v("PUSH_REST","s i",1,"[] -> [a list of the members of S[s] from index i]"),v("PUSH_KEY","s k j",1,"[] -> [S[s] K[k]]; go to j if the dict has no such key"),v("PUSH_DICT_REST","s k",1,"[] -> [S[s] without the keys listed in K[k]]"),v("FAIL_FN","","end","panic: no clause of this function matches its arguments"),v("FAIL_LET","s k","end","panic: the pattern K[k] does not match S[s]"),v("FAIL_MATCH","s k","end","panic: no clause of this match matches S[s]; K[k] its patterns' text"),v("FAIL_WHEN","","end","panic: no clause of this when was true"),v("FAIL_LOOP","s n k","end","panic: no clause of this loop matches S[s] .. S[s+n-1]; K[k] its clauses' text"),v("RECUR","s n j","=s+n","[a1 .. an] -> S[s..] = a1 .. an, drop above, go to j; one reduction"),v("REPEAT_INIT","s",0,"panic unless S[s] is a number; round it down"),v("REPEAT_STEP","s j",0,"go to j if S[s] <= 0, else S[s] -= 1; one reduction"),v("RECV_START","",1,"[] -> [0] (the scan position in the mailbox)"),v("RECV_PEEK","s",1,"[] -> [the message at position S[s]]; wait for one if none; one reduction"),v("RECV_TAKE","s",0,"remove the message at position S[s] from the mailbox"),v("RECV_SKIP","s j",0,"S[s] += 1; go to j"),v("IMPORT","k",1,"[] -> [the value of the module at path K[k]] (may wait)"),v("TEST","k k",0,"register the test named K[k1] whose body is the function K[k2]")],fo=[v("SEND","k",-1,"[pid msg] -> [msg], sending msg to pid; else a call of K[k]",{fns:["send!","send"],argc:2}),v("SELF","k",1,"[] -> [the running process's pid]",{fns:["self"],argc:0}),v("SPAWN","k",0,"[f] -> [the pid of a new process running f ()]; else a call of K[k]",{fns:["spawn!"],argc:1}),v("APPEND","k",-1,"[xs x] -> [xs with x appended] for a list xs; else a call of K[k]",{fns:["append"],argc:2}),v("ARITY_MIN","n j",0,"go to j unless this call got at least n arguments"),v("UNPACK_ARGS","","=argc","undo PACK_ARGS: the arguments back in their slots, nothing above"),v("CALL_VALUE","n","-n","[f a1 .. an] -> [f (a1, .., an)] as CALL; the prelude's add, lt? \u2026 on numbers inline")],Fr=[{fn:"add",args:2,value:"a + b",op:"ADD",forms:"SS SK"},{fn:"sub",args:2,value:"a - b",op:"SUB",forms:"SS SK"},{fn:"mult",args:2,value:"a * b",op:"MULT",forms:"SS SK"},{fn:"div",args:2,value:"a / b",also:"b !== 0",op:"DIV"},{fn:"inc",args:1,value:"a + 1",op:"INC",forms:"S"},{fn:"dec",args:1,value:"a - 1",op:"DEC",forms:"S"},{fn:"eq?",args:2,value:"a === b",op:"EQ",forms:"JF",any:{when:'typeof a !== "object" || !longEquality(a, b)',whenLiteral:null,value:'a === b || (typeof a === "object" && equals(a, b))',except:"two long lists"}},{fn:"lt?",args:2,value:"a < b",op:"LT",forms:"JF"},{fn:"gt?",args:2,value:"a > b",op:"GT",forms:"JF"},{fn:"lte?",args:2,value:"a <= b",op:"LTE",forms:"JF"},{fn:"gte?",args:2,value:"a >= b",op:"GTE",forms:"JF"},{fn:"zero?",args:1,value:"a === 0"},{fn:"pos?",args:1,value:"a > 0"},{fn:"neg?",args:1,value:"a < 0"},{fn:"even?",args:1,value:"a - 2 * Math.floor(a / 2) === 0"},{fn:"odd?",args:1,value:"a - 2 * Math.floor(a / 2) === 1"}];Me=[...co,...po(),...fo],g=Object.freeze(Object.fromEntries(Me.map((s,e)=>[s.name,e])));Tn=mo(),bo=new Map(Fr.map((s,e)=>[s.fn,e+1]))});var He,go,ye,xe,Oe=O(()=>{$t();He=class{code;consts;source;#e;#t;#s;constructor(e,t,n,r,a){this.code=Int32Array.from(e),this.consts=t,typeof n=="function"?(this.#e=null,this.#t=null,this.#s=n):(this.#e=Int32Array.from(n),this.#t=Int32Array.from(r),this.#s=null),this.source=a}#n(){let[e,t]=this.#s();this.#e=Int32Array.from(e),this.#t=Int32Array.from(t),this.#s=null}get starts(){return this.#e===null&&this.#n(),this.#e}get ends(){return this.#t===null&&this.#n(),this.#t}spanAt(e){let t=Math.max(0,Math.min(e,this.code.length-1));return{start:this.starts[t]??0,end:this.ends[t]??0}}positionAt(e){return this.source.position(this.spanAt(e).start)}},go=Me[g.ARITY_EQ].operands.length,ye=class{name;doc;clauses;chunk;captures;isPrelude;span;arity=-1;entry=0;numeric;constructor(e,t,n,r,a,i,l){this.name=e,this.doc=t,this.clauses=n,this.chunk=r,this.captures=a,this.isPrelude=i,this.span=l,r.code[0]===g.ARITY_EQ&&(this.arity=r.code[1],this.entry=1+go),this.numeric=i&&e!==null?Kr(e):0}},xe=class{names;values;index;constructor(){this.names=[],this.values=[],this.index=new Map}slot(e){let t=this.index.get(e);return t===void 0&&(t=this.names.length,this.names.push(e),this.values.push(void 0),this.index.set(e,t)),t}define(e){let t=this.names.length;return this.names.push(e),this.values.push(void 0),this.index.set(e,t),t}lookup(e){let t=this.index.get(e);return t===void 0?void 0:this.values[t]}}});function at(s,e,t){let n=s;for(let r=e;r>0;r-=5)n=n[t>>>r&31];return n}function Jr(s,e,t,n){let r=s===void 0?[]:s.slice(),a=t>>>e&31;return r[a]=e===5?n:Jr(r[a],e-5,t,n),r}function Hr(s,e){for(;e>>>5>=1<<s;)s+=5;return s}function Wr(s,e,t,n,r){if(s.length!==0)for(let a=e;a<t;a+=5)s=[s];return Jr(s,t,n,r)}function Br(s,e,t,n){let r=s.slice();if(e===0)r[t&31]=n;else{let a=t>>>e&31;r[a]=Br(r[a],e-5,t,n)}return r}var At,rt,$,xo,En,Ne,Kt=O(()=>{At=[];$=class s{size;hash;#e;#t;#s;#n;#r;static{rt=new s(At,5,[],0,0,0)}constructor(e,t,n,r,a,i){this.size=i,this.hash=0,this.#e=e,this.#t=t,this.#s=n,this.#n=r,this.#r=a}static empty(){return rt}static from(e){let t=e.length;if(t===0)return rt;let n=t-1>>>5<<5,r=[];for(let a=0;a<n;a+=32)r.push(e.slice(a,a+32));return s.fromLeaves(r,e.slice(n))}static fromLeaves(e,t){let n=e.length*32,r=n+t.length;if(r===0)return rt;if(t.length===0||t.length>32)throw new RangeError("a vector's tail holds 1 to 32 items");if(n===0)return new s(At,5,t,0,0,r);let a=e,i=5;for(;a.length>32;){let l=[];for(let o=0;o<a.length;o+=32)l.push(a.slice(o,o+32));a=l,i+=5}return new s(a,i,t,n,0,r)}get(e){if(e!==(e|0)||e<0||e>=this.size)return;let t=this.#r+e,n=this.#n;return t>=n?this.#s[t-n]:at(this.#e,this.#t,t)[t&31]}append(e){let t=this.size;if(t===0)return new s(At,5,[e],0,0,1);let n=this.#r,r=this.#s,a=this.#n,i=n+t-a;if(i<32)return i===r.length||(r=r.slice(0,i)),r.push(e),new s(this.#e,this.#t,r,a,n,t+1);let l=Hr(this.#t,a),o=Wr(this.#e,this.#t,l,a,r);return new s(o,l,[e],a+32,n,t+1)}prepend(e){let t=[e];return this.#a(t),s.from(t)}set(e,t){let n=this.size;if(e!==(e|0)||e<0||e>=n)throw new RangeError(`PVector.set: index ${e} out of range for size ${n}`);let r=this.#r,a=r+e,i=this.#n;if(a>=i){let u=this.#s;if(u[a-i]===t)return this;let p=u.slice(0,r+n-i);return p[a-i]=t,new s(this.#e,this.#t,p,i,r,n)}let l=this.#e,o=this.#t;return at(l,o,a)[a&31]===t?this:new s(Br(l,o,a,t),o,this.#s,i,r,n)}slice(e,t){let n=this.size,r=Math.trunc(e);r>0?r>n&&(r=n):r=0;let a=t===void 0?n:Math.trunc(t);return a>0?a>n&&(a=n):a=0,a<=r?rt:r===0&&a===n?this:this.#i(this.#r+r,a-r)}rest(){let e=this.size;if(e<=1)return rt;let t=this.#r+1,n=this.#n;return t>=n?new s(At,5,this.#s,n,t,e-1):new s(this.#e,this.#t,this.#s,n,t,e-1)}butlast(){let e=this.size;return e<=1?rt:this.#i(this.#r,e-1)}concat(e){let t=this.size,n=e.size;if(n===0)return this;if(t===0)return e;if(n>t){let m=[];return this.#a(m),e.#a(m),s.from(m)}let r=[];e.#a(r);let a=this.#r,i=this.#e,l=this.#t,o=this.#n,u=this.#s,p=a+t-o;p!==u.length&&(u=u.slice(0,p));for(let m=0;m<n;m++){if(u.length===32){let c=Hr(l,o);i=Wr(i,l,c,o,u),l=c,o+=32,u=[]}u.push(r[m])}return new s(i,l,u,o,a,t+n)}toArray(){let e=[];return this.#a(e),e}each(e){let t=this.#e,n=this.#t,r=this.#s,a=this.#n,i=this.#r,l=i+this.size,o=0;for(;i<l;){let u=i>=a?r:at(t,n,i),p=(i|31)+1;for(p>l&&(p=l);i<p;i++)e(u[i&31],o++)}}[Symbol.iterator](){return new En(this.#e,this.#t,this.#s,this.#n,this.#r,this.#r+this.size)}#a(e){let t=this.#e,n=this.#t,r=this.#s,a=this.#n,i=this.#r,l=i+this.size;for(;i<l;){let o=i>=a?r:at(t,n,i),u=(i|31)+1;for(u>l&&(u=l);i<u;i++)e.push(o[i&31])}}#i(e,t){let n=e+t,r=this.#n,a=this.#s;return n<=r&&(r=n-1&-32,a=at(this.#e,this.#t,n-1)),e>=r?new s(At,5,a,r,e,t):new s(this.#e,this.#t,a,r,e,t)}},xo={done:!0,value:void 0},En=class{#e;#t;#s;#n;#r;#a;#i;constructor(e,t,n,r,a,i){this.#e=e,this.#t=t,this.#s=n,this.#n=r,this.#r=a,this.#a=i,this.#i=a>=i?At:a>=r?n:at(e,t,a)}next(){let e=this.#r;if(e>=this.#a)return xo;let t=this.#i;return(e&31)===0&&(t=this.#i=e>=this.#n?this.#s:at(this.#e,this.#t,e)),this.#r=e+1,{done:!1,value:t[e&31]}}[Symbol.iterator](){return this}},Ne=class{#e=[];#t=[];get size(){return this.#e.length*32+this.#t.length}push(e){let t=this.#t;t.push(e),t.length===32&&(this.#e.push(t.slice()),t.length=0)}pushAll(e){let t=0,n=e.length,r=this.#t;for(;r.length>0&&t<n;)this.push(e[t++]);for(;t+32<=n;t+=32)this.#e.push(e.slice(t,t+32));for(;t<n;t++)r.push(e[t])}build(){let e=this.#e,t=this.#t.length>0||e.length===0?this.#t.slice():e.pop();return $.fromLeaves(e,t)}}});function Ln(s){return s-=s>>>1&1431655765,s=(s&858993459)+(s>>>2&858993459),s=s+(s>>>4)&252645135,Math.imul(s,16843009)>>>24}function As(s,e,t,n){let r=s,a=0;for(;;)if(Array.isArray(r)){let i=r[0],l=1<<(e>>>a&31);if((i&l)===0)return;r=r[1+Ln(i&l-1)],a+=5}else{if(r instanceof Te)return r.hash===e&&n.equals(r.key,t)?r:void 0;{let i=r;if(i.hash!==e)return;let l=i.entries;for(let o=0;o<l.length;o++)if(n.equals(l[o].key,t))return l[o];return}}}function wo(s,e,t,n){let r=s.length,a=[s[0]|e];for(let i=1;i<=t;i++)a.push(s[i]);a.push(n);for(let i=t+1;i<r;i++)a.push(s[i]);return a}function ko(s,e,t){let n=s.length,r=[s[0]^e];for(let a=1;a<n;a++)a!==t+1&&r.push(s[a]);return r}function Yr(s,e,t){let n=s.slice();return n[e+1]=t,n}function yo(s,e){let t=s.length,n=[];for(let r=0;r<t;r++)r!==e&&n.push(s[r]);return n}function Qr(s,e,t){if(s.hash===e.hash)return new Wt(s.hash,[s,e]);let n=s.hash>>>t&31,r=e.hash>>>t&31;return n===r?[1<<n,Qr(s,e,t+5)]:n<r?[1<<n|1<<r,s,e]:[1<<n|1<<r,e,s]}function Jt(s,e,t,n){let r=t.hash,a=1<<(r>>>e&31),i=s[0],l=Ln(i&a-1);if((i&a)===0)return wo(s,a,l,t);let o=s[l+1],u;if(Array.isArray(o))u=Jt(o,e+5,t,n);else if(o instanceof Te){let p=o;u=p.hash===r&&n.equals(p.key,t.key)?t:Qr(p,t,e+5)}else{let p=o;if(p.hash===r){let m=p.entries,c=0;for(;c<m.length&&!n.equals(m[c].key,t.key);)c++;let b=m.slice();b[c]=t,u=new Wt(r,b)}else u=Jt([1<<(p.hash>>>e+5&31),p],e+5,t,n)}return Yr(s,l,u)}function Xr(s,e,t,n,r){let a=s[0],i=1<<(t>>>e&31);if((a&i)===0)return s;let l=Ln(a&i-1),o=s[l+1],u;if(Array.isArray(o)){if(u=Xr(o,e+5,t,n,r),u===o)return s}else if(o instanceof Te){if(!(o.hash===t&&r.equals(o.key,n)))return s;u=void 0}else{let p=o;if(p.hash!==t)return s;let m=p.entries,c=0;for(;c<m.length&&!r.equals(m[c].key,n);)c++;if(c===m.length)return s;u=m.length===2?m[1-c]:new Wt(t,yo(m,c))}return u===void 0?a===i?void 0:e>0&&s.length===3&&!Array.isArray(s[2-l])?s[2-l]:ko(s,i,l):e>0&&s.length===2&&!Array.isArray(u)?u:Yr(s,l,u)}function Gr(s,e){let t=[0];for(let n=0;n<s.length;n++)t=Jt(t,0,s[n],e);return t}var $s,Te,Wt,vo,Bt,Zr,ea,_o,Vr,Ht,ta=O(()=>{Kt();$s=8,Te=class{key;value;hash;pos;constructor(e,t,n,r){this.key=e,this.value=t,this.hash=n,this.pos=r}},Wt=class{hash;entries;constructor(e,t){this.hash=e,this.entries=t}};vo=[],Bt=class s{size;hash;#e;#t;#s;#n;#r;constructor(e,t,n,r,a,i){this.size=t,this.hash=0,this.#e=e,this.#t=n,this.#s=r,this.#n=a,this.#r=i}static empty(e){return new s(e,0,vo,void 0,void 0,0)}static fromEntries(e,t){let n=[],r;for(let[a,i]of t){if(r!==void 0){r=r.set(a,i);continue}let l=n.length,o=0;for(;o<l&&!e.equals(n[o],a);)o+=2;o<l?n[o+1]=i:l<2*$s?n.push(a,i):r=new s(e,$s,n,void 0,void 0,0).set(a,i)}return r??new s(e,n.length>>>1,n,void 0,void 0,0)}get(e){let t=this.#t,n=this.#e;if(t!==void 0){for(let r=0;r<t.length;r+=2)if(n.equals(t[r],e))return t[r+1];return}return As(this.#s,n.hash(e)|0,e,n)?.value}has(e){let t=this.#t,n=this.#e;if(t!==void 0){for(let r=0;r<t.length;r+=2)if(n.equals(t[r],e))return!0;return!1}return As(this.#s,n.hash(e)|0,e,n)!==void 0}set(e,t){let n=this.#e,r=this.#t;if(r!==void 0){let p=r.length;for(let c=0;c<p;c+=2)if(n.equals(r[c],e)){if(r[c+1]===t)return this;let b=r.slice();return b[c+1]=t,new s(n,this.size,b,void 0,void 0,0)}if(p<2*$s){let c=r.slice();return c.push(e,t),new s(n,this.size+1,c,void 0,void 0,0)}let m=[];for(let c=0;c<p;c+=2){let b=r[c];m.push(new Te(b,r[c+1],n.hash(b)|0,c>>>1))}return m.push(new Te(e,t,n.hash(e)|0,m.length)),new s(n,m.length,void 0,Gr(m,n),$.from(m),0)}let a=this.#s,i=this.#n,l=n.hash(e)|0,o=As(a,l,e,n);if(o!==void 0){if(o.value===t)return this;let p=new Te(o.key,t,l,o.pos);return new s(n,this.size,void 0,Jt(a,0,p,n),i.set(o.pos,p),this.#r)}let u=new Te(e,t,l,i.size);return new s(n,this.size+1,void 0,Jt(a,0,u,n),i.append(u),this.#r)}delete(e){let t=this.#e,n=this.#t;if(n!==void 0){let p=n.length;for(let m=0;m<p;m+=2)if(t.equals(n[m],e)){let c=[];for(let b=0;b<p;b++)b!==m&&b!==m+1&&c.push(n[b]);return new s(t,this.size-1,c,void 0,void 0,0)}return this}let r=this.#s,a=this.#n,i=t.hash(e)|0,l=As(r,i,e,t);if(l===void 0)return this;let o=this.size-1;if(o<=$s){let p=[];return a.each(m=>{m!==void 0&&m!==l&&p.push(m.key,m.value)}),new s(t,o,p,void 0,void 0,0)}let u=this.#r;if(l.pos===a.size-1?a=a.butlast():(a=a.set(l.pos,void 0),u++),u>o){let p=[];return a.each(m=>{m!==void 0&&p.push(new Te(m.key,m.value,m.hash,p.length))}),new s(t,o,void 0,Gr(p,t),$.from(p),0)}return new s(t,o,void 0,Xr(r,0,i,e,t),a,u)}each(e){let t=this.#t;if(t!==void 0){for(let n=0;n<t.length;n+=2)e(t[n+1],t[n]);return}this.#n.each(n=>{n!==void 0&&e(n.value,n.key)})}keys(){return new Ht(this.#t,this.#n,Zr)}values(){return new Ht(this.#t,this.#n,ea)}entries(){return new Ht(this.#t,this.#n,_o)}[Symbol.iterator](){return this.entries()}keysArray(){let e=[],t=this.#t;if(t!==void 0){for(let n=0;n<t.length;n+=2)e.push(t[n]);return e}return this.#n.each(n=>{n!==void 0&&e.push(n.key)}),e}valuesArray(){let e=[],t=this.#t;if(t!==void 0){for(let n=1;n<t.length;n+=2)e.push(t[n]);return e}return this.#n.each(n=>{n!==void 0&&e.push(n.value)}),e}},Zr=0,ea=1,_o=2,Vr={done:!0,value:void 0},Ht=class{#e;#t;#s;#n;constructor(e,t,n){this.#e=e,this.#t=t===void 0?void 0:t[Symbol.iterator](),this.#s=n,this.#n=0}next(){let e=this.#t,t,n;if(e===void 0){let a=this.#e,i=this.#n;if(i>=a.length)return Vr;this.#n=i+2,t=a[i],n=a[i+1]}else{let a;do{let i=e.next();if(i.done)return Vr;a=i.value}while(a===void 0);t=a.key,n=a.value}let r=this.#s;return{done:!1,value:r===Zr?t:r===ea?n:[t,n]}}[Symbol.iterator](){return this}}});function it(){return So++}function L(s){let e=Cn.get(s);return e===void 0&&(e=new G(s,Cn.size+1),Cn.set(s,e)),e}function ge(s){if(s===null)return P.nil;switch(typeof s){case"number":return P.number;case"string":return P.string;case"boolean":return P.boolean}if(s instanceof G)return P.keyword;if(s instanceof R)return P.tuple;if(s instanceof $)return P.list;if(s instanceof q)return P.dict;if(s instanceof V)return P.set;if(s instanceof J)return P.pkg;if(s instanceof ne)return s.typeKeyword();throw new TypeError(`not a Ludus value: ${String(s)}`)}function ve(s,e){if(s===e)return!0;if(typeof s!="object"||typeof e!="object"||s===null||e===null)return!1;let t=[s,e],n=0,r=null;for(;t.length>0;){let a=t.pop(),i=t.pop();if(i!==a){if(++n>1024&&typeof i=="object"&&i!==null&&typeof a=="object"&&a!==null){r??=new Map;let l=r.get(i);if(l===void 0&&r.set(i,l=new Set),l.has(a))continue;l.add(a)}if(typeof i!="object"||typeof a!="object"||i===null||a===null||i.constructor!==a.constructor)return!1;if(i instanceof R){let l=i.items,o=a.items;if(l.length!==o.length||i.hash!==0&&a.hash!==0&&i.hash!==a.hash)return!1;for(let u=0;u<l.length;u++){let p=l[u],m=o[u];if(p!==m){if(typeof p!="object"||p===null)return!1;t.push(p,m)}}}else if(i instanceof $){let l=a;if(i.size!==l.size||i.hash!==0&&l.hash!==0&&i.hash!==l.hash)return!1;let o=i.size;for(let u=0;u<o;u++){let p=i.get(u),m=l.get(u);if(p!==m){if(typeof p!="object"||p===null)return!1;t.push(p,m)}}}else if(i instanceof q){let l=a.map;if(i.map.size!==l.size||i.hash!==0&&a.hash!==0&&i.hash!==a.hash)return!1;for(let[o,u]of i.map.entries()){let p=l.get(o);if(p===void 0)return!1;if(u!==p){if(typeof u!="object"||u===null)return!1;t.push(u,p)}}}else if(i instanceof V){let l=a.map;if(i.map.size!==l.size||Gt(i)!==Gt(a))return!1;for(let o of i.map.keys())if(!l.has(o))return!1}else if(i instanceof J){if(i.name!==a.name)return!1;t.push(i.dict,a.dict)}else if(i instanceof ne){if(!i.sameAs(a))return!1}else return!1}}return!0}function We(s,e){return s=Math.imul(s^e,1540483477),s^s>>>15|0}function na(s){let e=-2128831035;for(let t=0;t<s.length;t++)e=Math.imul(e^s.charCodeAt(t),16777619);return e|0}function Ro(s){return(s|0)===s?We(625341585,s):(ra[0]=s===0?0:s,We(We(625341585,sa[0]),sa[1]))}function Gt(s){if(s===null)return 7482;switch(typeof s){case"number":return Ro(s);case"string":return na(s);case"boolean":return s?945:711}return s instanceof G?We(2135587861,s.id):s instanceof R||s instanceof $||s instanceof q||s instanceof V?s.hash!==0?s.hash:Eo(s):s instanceof J?We(na(s.name),Gt(s.dict)):We(1799596469,s.id)}function To(s){if(s instanceof R)return s.items;if(s instanceof $)return s.toArray();if(s instanceof q){let e=[];return s.map.each((t,n)=>e.push(n,t)),e}return s.map.keysArray()}function Eo(s){let e=[],t=r=>{let a=r instanceof R?4660:r instanceof $?9029:r instanceof q?13398:17767;e.push({c:r,kids:To(r),i:0,h:a})};t(s);let n=0;for(;e.length>0;){let r=e[e.length-1];if(r.i<r.kids.length){let i=r.kids[r.i];if((i instanceof R||i instanceof $||i instanceof q||i instanceof V)&&i.hash===0){t(i);continue}let l=Gt(i);r.h=r.c instanceof V?r.h+l|0:We(r.h,l),r.i++;continue}let a=We(r.h,r.kids.length);a===0&&(a=1),r.c.hash=a,e.pop(),n=a}return n}function Ee(s){let e=be;for(let[t,n]of s)e=e.set(t,n);return e}var So,G,Cn,P,R,Rs,$o,Ao,q,be,V,Je,De,J,ne,ra,sa,le=O(()=>{ta();Kt();So=1;G=class{name;id;constructor(e,t){this.name=e,this.id=t}},Cn=new Map;P={nil:L("nil"),boolean:L("boolean"),number:L("number"),keyword:L("keyword"),string:L("string"),tuple:L("tuple"),list:L("list"),dict:L("dict"),set:L("set"),fn:L("fn"),box:L("box"),pid:L("pid"),pkg:L("pkg"),ok:L("ok"),err:L("err"),exit:L("exit")},R=class{items;hash;constructor(e){this.items=e,this.hash=0}},Rs=new R([]),$o={hash:s=>s.id,equals:(s,e)=>s===e},Ao={hash:s=>Gt(s),equals:(s,e)=>ve(s,e)},q=class s{map;hash;constructor(e){this.map=e,this.hash=0}get(e){let t=this.map.get(e);return t===void 0?null:t}set(e,t){let n=t===null?this.map.delete(e):this.map.set(e,t);return n===this.map?this:new s(n)}delete(e){let t=this.map.delete(e);return t===this.map?this:new s(t)}},be=new q(Bt.empty($o)),V=class s{map;hash;constructor(e){this.map=e,this.hash=0}has(e){return this.map.has(e)}add(e){let t=this.map.set(e,e);return t===this.map?this:new s(t)}delete(e){let t=this.map.delete(e);return t===this.map?this:new s(t)}},Je=new V(Bt.empty(Ao)),De=$.empty(),J=class{name;dict;constructor(e,t){this.name=e,this.dict=t}},ne=class{shownInside(){}sameAs(e){return this===e}};ra=new Float64Array(1),sa=new Int32Array(ra.buffer)});var Z,Rt=O(()=>{Z={maxFrames:1e6,maxStringLength:1e7,maxCollectionSize:1e7,maxProcesses:1e6,mailboxWarning:1e5}});function Co(s,e,t=aa){let{line:n,column:r}=s.position(e.start),a=s.lineText(n).replace(/\t/g," "),i=s.position(Math.max(e.start,e.end-1)),l=i.line===n?Math.max(1,i.column-r+1):Math.max(1,a.length-r+1),o=String(n),u=" ".repeat(o.length),p=a.length>200?a.slice(0,200)+" \u2026":a,m=Math.min(r-1,200);return[`${u} ${t.dim("|")}`,`${t.dim(o)} ${t.dim("|")} ${p}`,`${u} ${t.dim("|")} ${" ".repeat(m)}${t.red("^".repeat(Math.min(l,200-m+2)))}`]}function ue(s,e=aa){let t=[],n=s.location(),r=s.pid!==null&&s.pid!==1?` in process <pid ${s.pid}>`:"";t.push(e.red(e.bold(`${Lo[s.kind]}${r}`))+(n?` ${e.dim("at")} ${e.cyan(n)}`:"")),s.source&&s.span&&t.push(...Co(s.source,s.span,e));for(let a of s.message.split(`
`))t.push(a);if(s.hint&&t.push(e.dim(`hint: ${s.hint}`)),s.ludusStack.length>0){t.push(e.dim("Ludus stack (innermost first):"));let a=s.ludusStack.length>24?[...s.ludusStack.slice(0,12),null,...s.ludusStack.slice(-10)]:s.ludusStack;for(let i of a){if(i===null){t.push(e.dim(`  \u2026 ${s.ludusStack.length-22} more frames \u2026`));continue}let l=i.file.startsWith("prelude")?"":` ${e.dim("at")} ${e.cyan(`${i.file}:${i.line}:${i.column}`)}`;t.push(`  ${i.fn}${l}`+(i.note?e.dim(` (${i.note})`):""))}}return t.join(`
`)}function Be(s){if(s instanceof D)return new _(s.kind,s.message,null,null,{hint:s.hint??void 0});let e=s instanceof Error?`${s.name}: ${s.message}`:String(s);return new _("internal",`something went wrong inside Ludus itself (${e}). This is a bug in Ludus, not in your program.`,null,null,{hint:"please report it with the program that caused it"})}var _,Lo,aa,D,re=O(()=>{_=class extends Error{kind;source;span;ludusStack;hint;pid;constructor(e,t,n=null,r=null,a={}){super(t),this.name="LudusError",this.kind=e,this.source=n,this.span=r,this.ludusStack=a.stack??[],this.hint=a.hint??null,this.pid=a.pid??null}location(){if(!this.source)return null;if(!this.span)return this.source.name;let{line:e,column:t}=this.source.position(this.span.start);return`${this.source.name}:${e}:${t}`}toJSON(){let e=this.source&&this.span?this.source.position(this.span.start):null;return{kind:this.kind,message:this.message,file:this.source?.name??null,line:e?.line??null,column:e?.column??null,hint:this.hint,stack:this.ludusStack}}},Lo={syntax:"Ludus could not read this code",validation:"Ludus found a problem before running",panic:"Ludus panicked",import:"Ludus could not import a module",deadlock:"Ludus stopped a deadlock",limit:"Ludus stopped at a limit",stopped:"Ludus was stopped",usage:"Usage error",internal:"Internal error in Ludus"},aa={red:s=>s,cyan:s=>s,dim:s=>s,bold:s=>s};D=class{message;kind;atCallSite;hint;constructor(e,t="panic",n=!1,r=null){this.message=e,this.kind=t,this.atCallSite=n,this.hint=r}}});function*In(s){if(!(s instanceof $)){if(s.length<=I)return s.slice();let t=[];for(let n=0;n<s.length;n+=I){let r=Math.min(s.length,n+I);for(let a=n;a<r;a++)t.push(s[a]);yield r-n}return t}if(s.size<=I)return s.toArray();let e=[];for(let t=0;t<s.size;t+=I){let n=s.slice(t,t+I);n.each(r=>{e.push(r)}),yield n.size}return e}function*Ue(s){if(s.length<=I)return $.from(s);let e=new Ne;for(let t=0;t<s.length;t+=I)e.pushAll(s.slice(t,t+I)),yield Math.min(I,s.length-t);return e.build()}function*Vt(s,e){let t=0;for(let n of s)e(n),++t===I&&(yield t,t=0);yield t}function Yt(s,e){return s instanceof $&&e instanceof $&&s!==e&&s.size===e.size&&s.size>Pn}function ia(s){for(;;){let e=s.next();if(e.done)return e.value}}var Tt,I,Pn,Ts,Es=O(()=>{Kt();Tt=32,I=1024,Pn=4*I,Ts=class{result=null;used=0;carry=0;#e;constructor(e){this.#e=e}step(e){let t=0;for(;;){let n=this.#e.next();if(n.done)return this.result=n.value,this.used=t,!0;if(t+=n.value,t>=e)return this.used=t,!1}}}});function la(s){return Object.is(s,-0)?"0":s===1/0?"inf":s===-1/0?"-inf":Number.isNaN(s)?"nan":String(s)}function ua(s){return'"'+s.replace(/["\\\n\t]/g,e=>Po[e])+'"'}function C(s,e={}){switch(typeof s){case"number":return la(s);case"string":return Nn(On(ua(s),e),e);case"boolean":return s?"true":"false"}return s===null?"nil":s instanceof G?":"+s.name:ia(Qt(s,e))}function On(s,e){let t=e.truncate??Z.maxStringLength;if(s.length>t&&e.truncate===void 0)throw new D(`this value is too large to show: its text would be longer than ${t} characters (the string size limit)`,"limit");return s}function*Qt(s,e={}){let t=e.truncate??Z.maxStringLength,n="",r=null,a=[{v:s}],i=0;for(;a.length>0;){if(n.length>t)return Nn(On(n,e),e);++i===I&&(yield i,i=0);let l=a.pop();if(typeof l=="string"){n+=l;continue}if("leave"in l){r.delete(l.leave);continue}if("items"in l){let u=l.items.next();if(u.done){n+=l.close;continue}if(l.more&&(n+=", "),l.more=!0,l.keyed){let[p,m]=u.value;n+=":"+p.name+" ",a.push(l,{v:m})}else a.push(l,{v:u.value});continue}let o=l.v;switch(typeof o){case"number":n+=la(o);continue;case"string":n+=ua(o);continue;case"boolean":n+=o?"true":"false";continue}if(o===null)n+="nil";else if(o instanceof G)n+=":"+o.name;else if(o instanceof R)n+=Mn(a,"(",o.items[Symbol.iterator](),")");else if(o instanceof $)n+=Mn(a,"[",o[Symbol.iterator](),"]");else if(o instanceof V)n+=Mn(a,"${",o.map.keys(),"}");else if(o instanceof q)n+=oa(a,"#{",o,"}");else if(o instanceof J)n+=oa(a,`pkg ${o.name} {`,o.dict,"}");else if(o instanceof ne){let u=o.shownInside();if(u===void 0)n+=o.showName();else{if(r??=new Set,r.has(o)){n+=o.showName()+"\u2026 }";continue}r.add(o),a.push({leave:o}," }",{v:u}),n+=o.showName()}}else n+="<unknown>"}return Nn(On(n,e),e)}function Nn(s,e){return e.truncate!==void 0&&s.length>e.truncate?s.slice(0,e.truncate)+" \u2026":s}function Mn(s,e,t,n){return s.push({items:t,keyed:!1,more:!1,close:n}),e}function oa(s,e,t,n){return s.push({items:t.map.entries(),keyed:!0,more:!1,close:n}),e}function _e(s){return typeof s=="string"?s:C(s)}var Po,we=O(()=>{le();Rt();re();Es();Po={'"':'\\"',"\\":"\\\\","\n":"\\n","	":"\\t"}});function se(s){try{fa(Deno.stdout,da.encode(s))}catch(e){throw e instanceof Deno.errors.BrokenPipe&&Deno.exit(0),e}}function Le(s){try{fa(Deno.stderr,da.encode(s))}catch(e){if(!(e instanceof Deno.errors.BrokenPipe))throw e}}function fa(s,e){let t=0;for(;t<e.length;)t+=s.writeSync(e.subarray(t))}function Dn(s){return Deno.noColor?!1:(s==="stdout"?Deno.stdout:Deno.stderr).isTerminal()}async function ha(){let s=new Uint8Array(await new Response(Deno.stdin.readable).arrayBuffer());return Ls(s,"<stdin>")}function Ls(s,e){try{return new TextDecoder("utf-8",{fatal:!0}).decode(s)}catch{throw new _("syntax",`${e} is not valid UTF-8 text: Ludus programs must be saved as UTF-8`)}}async function Xt(s){try{return Ls(await Deno.readFile(s),s)}catch(e){throw e instanceof _?e:e instanceof Deno.errors.NotFound?new _("usage",`cannot read ${s}: there is no such file`):e instanceof Deno.errors.IsADirectory?new _("usage",`cannot read ${s}: it is a folder, not a file`):e instanceof Deno.errors.NotCapable||e instanceof Deno.errors.PermissionDenied?new _("usage",`cannot read ${s}: Deno needs permission to read files`,null,null,{hint:"run with --allow-read (or -R), e.g. deno run -R cli.ts "+s}):new _("usage",`cannot read ${s}: ${e.message}`)}}async function Zt(s,e){try{await Deno.writeTextFile(s,e)}catch(t){throw t instanceof Deno.errors.NotCapable||t instanceof Deno.errors.PermissionDenied?new _("usage",`cannot write ${s}: Deno needs permission to write files`,null,null,{hint:"run with --allow-write="+s+" (or -W)"}):new _("usage",`cannot write ${s}: ${t.message}`)}}function Cs(s){if(/^[a-z][a-z0-9+.-]*:\/\//i.test(s))return s;let e=s.startsWith("/")?s:`${Deno.cwd()}/${s}`;return new URL("file://"+e.split("/").map(encodeURIComponent).join("/")).href}async function es(s){let e=new URL(s);try{if(e.protocol==="file:")return Ls(await Deno.readFile(e),decodeURIComponent(e.pathname));if(e.protocol==="http:"||e.protocol==="https:"){let t=await fetch(e);if(!t.ok)throw await t.body?.cancel(),new _("import",`cannot import ${s}: the server answered ${t.status} ${t.statusText}`);return Ls(new Uint8Array(await t.arrayBuffer()),s)}}catch(t){if(t instanceof _)throw t;if(t instanceof Deno.errors.NotCapable||t instanceof Deno.errors.PermissionDenied){let n=e.protocol==="file:"?"--allow-read (-R)":`--allow-net=${e.host}`;throw new _("import",`cannot import ${s}: Deno needs permission to ${e.protocol==="file:"?"read it":"fetch it"}; run with ${n}`)}throw t instanceof Deno.errors.NotFound?new _("import",`cannot import ${decodeURIComponent(e.pathname)}: there is no such file`):new _("import",`cannot import ${s}: ${t.message}`)}throw new _("import",`cannot import ${s}: only file: and https: URLs can be imported`)}var da,Ps=O(()=>{re();da=new TextEncoder});function ba(s){let e=s*4;return Number.isInteger(e)?[0,1,0,-1][(e%4+4)%4]:Math.sin(s*2*Math.PI)}function No(s){return ba(s+.25)}function Is(s){let e=Math.round(s*1e9)/1e9;return Object.is(e,-0)?0:e}function pa(s){let e=s%1;return e<0?e+1:e}var Oo,ma,Ms,Un=O(()=>{Oo=[255,255,255,255],ma=[0,0,0,255],Ms=class{pid;x=0;y=0;heading=0;pendown=!0;color=[...Oo];width=1;visible=!0;background=null;commands=[];segments=[];constructor(e){this.pid=e}apply(e){let[t,...n]=e,r=n.map(Number);switch(t){case"forward":case"back":{let a=t==="forward"?r[0]:-r[0];this.moveTo(Is(this.x+a*ba(this.heading)),Is(this.y+a*No(this.heading)));break}case"right":this.heading=Is(pa(this.heading+r[0]));break;case"left":this.heading=Is(pa(this.heading-r[0]));break;case"penup":this.pendown=!1;break;case"pendown":this.pendown=!0;break;case"pencolor":this.color=[r[0],r[1],r[2],r[3]??255];break;case"penwidth":this.width=r[0];break;case"home":this.moveTo(0,0),this.heading=0;break;case"goto":this.moveTo(r[0],r[1]);break;case"clear":this.segments=[],this.x=0,this.y=0,this.heading=0;break;case"background":this.background=[r[0],r[1],r[2],r[3]??255];break;case"hideturtle":this.visible=!1;break;case"showturtle":this.visible=!0;break;default:return`unknown turtle command \`${t}\``}return this.commands.push(e),null}moveTo(e,t){this.pendown&&(e!==this.x||t!==this.y)&&this.segments.push({x1:this.x,y1:this.y,x2:e,y2:t,color:[...this.color],width:this.width}),this.x=e,this.y=t}}});function ae(s){let e=Math.round(s*100)/100;return String(Object.is(e,-0)?0:e)}function Os(s){return`rgb(${s[0]},${s[1]},${s[2]})`}function Do(s){return s[3]>=255?"":` stroke-opacity="${ae(s[3]/255)}"`}function Uo(s){return .299*s[0]+.587*s[1]+.114*s[2]>128?[0,0,0,255]:[255,255,255,255]}function ot(s,e={}){let t=e.margin??20,n=ma;for(let b of s)b.background&&(n=b.background);let r=0,a=0,i=0,l=0,o=(b,d,x=0)=>{r=Math.min(r,b-x),a=Math.max(a,b+x),i=Math.min(i,d-x),l=Math.max(l,d+x)};for(let b of s){for(let d of b.segments)o(d.x1,d.y1,d.width/2),o(d.x2,d.y2,d.width/2);b.visible&&o(b.x,b.y,Ns)}r-=t,i-=t,a+=t,l+=t;let u=a-r,p=l-i,m=[];m.push('<?xml version="1.0" encoding="UTF-8"?>'),m.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${ae(r)} ${ae(-l)} ${ae(u)} ${ae(p)}" width="${ae(u)}" height="${ae(p)}">`),e.source!==void 0&&m.push(`<!-- Ludus source:
${e.source.replace(/--/g,"- -")}
-->`),m.push(`<rect x="${ae(r)}" y="${ae(-l)}" width="${ae(u)}" height="${ae(p)}" fill="${Os(n)}"/>`);for(let b of s)if(b.segments.length>0){m.push(`<g stroke-linecap="round" data-turtle="${b.pid}">`);for(let d of b.segments)m.push(`<line x1="${ae(d.x1)}" y1="${ae(-d.y1)}" x2="${ae(d.x2)}" y2="${ae(-d.y2)}" stroke="${Os(d.color)}"${Do(d.color)} stroke-width="${ae(d.width)}"/>`);m.push("</g>")}let c=Uo(n);for(let b of s){if(!b.visible)continue;let d=b.heading*2*Math.PI,x=(k,j)=>`${ae(b.x+j*Math.sin(k))},${ae(-(b.y+j*Math.cos(k)))}`;m.push(`<polygon class="turtle" points="${x(d,Ns)} ${x(d+2.5,Ns*.7)} ${x(d-2.5,Ns*.7)}" fill="${Os(b.color[3]>0?b.color:c)}" stroke="${Os(c)}" stroke-width="1"/>`)}return m.push("</svg>"),m.join(`
`)+`
`}var Ns,Ds=O(()=>{Un();Ns=12});function K(s,e=null){throw new D(s,"panic",!1,e)}function ze(s,e=120){return C(s,{truncate:e})}function lt(s){return`${ze(s)} (a :${ge(s).name})`}function ts(){return new D(`this string would be longer than ${Z.maxStringLength} characters (the string size limit)`,"limit")}function ut(){return new D(`this collection would have more than ${Z.maxCollectionSize} elements (the collection size limit)`,"limit")}function zn(s){return new D(`\`${s.name}\` is not bound yet: it is used before the line that binds it has run`)}function ga(s){let e=s.map(String),t=e.pop();return`${e.length>0?`${e.join(", ")} or ${t}`:t} argument${t==="1"&&e.length===0?"":"s"}`}function xa(s,e){for(let t=s.fp-1;t>=0;t--){let n=s.frames[t];if(!(e&&t===s.fp-1)&&!n.closure.proto.isPrelude)return t;if(n.tailProto)return-2-t}return-1}function Ge(s,e){let t=xa(s,e);if(t===-1)return null;if(t>=0){let r=s.frames[t],a=r.closure.proto;return{proto:a,chunk:a.chunk,ip:Math.max(0,r.ip-1)}}let n=s.frames[-2-t];return{proto:n.tailProto,chunk:n.tailProto.chunk,ip:n.tailIp}}function wa(s,e){let t=xa(e,!1);if(t>=0){let n=e.frames[t];s.spawnProto=n.closure.proto,s.spawnIp=n.ip>0?n.ip-1:0}else if(t!==-1){let n=e.frames[-2-t];s.spawnProto=n.tailProto,s.spawnIp=n.tailIp}}function ss(s){return s.name?s.name:s.clauses.length===0?"toplevel":"fn anonymous"}function ns(s){let e=[];for(let t=s.fp-1;t>=0;t--){let n=s.frames[t],r=n.closure.proto,a=r.chunk.positionAt(Math.max(0,n.ip-1)),i={fn:ss(r),file:r.chunk.source.name,line:a.line,column:a.column},l=[];r.isPrelude&&l.push("in the prelude"),n.tailCalls>0&&l.push(`${n.tailCalls===1?"a tail call":`${n.tailCalls.toLocaleString("en-US")} tail calls`} replaced frames here`),l.length>0&&(i.note=l.join("; ")),e.push(i)}return e}function Us(s,e,t){return jn(s,new D(e,t))}function jn(s,e){if(e instanceof _)return e.pid??=s.id,e;if(!(e instanceof D))if(e instanceof RangeError&&/call stack/i.test(e.message))e=new D("a value is nested too deeply for Ludus to handle","limit");else if(e instanceof RangeError&&/Invalid (string|array|typed array) length/i.test(e.message))e=new D("a value grew larger than this runtime can hold (a size limit)","limit");else{let i=Be(e);return i.pid=s.id,i.hostStack=e instanceof Error?e.stack:void 0,i}let t=e,n=Ge(s,t.atCallSite)??Ge(s,!1),r=n?.chunk.source??null,a=n?n.chunk.spanAt(n.ip):null;return new _(t.kind,t.message,r,a,{stack:ns(s),pid:s.id,hint:t.hint??void 0})}function ka(s,e,t,n){let r=e.proto;n&&r.isPrelude||s.kernel.traceEvent(s,new R([zo,ss(r),new R(t)]))}var zo,ct=O(()=>{re();Rt();we();le();zo=L("call")});function dt(s){return s.name?`<pid ${s.id}> (${s.name})`:`<pid ${s.id}>`}function Fn(s){if(s.fp===0)return null;let e=Ge(s,!1);if(e===null)return{fn:ss(s.frames[s.fp-1].closure.proto),file:null,line:null};let t=e.chunk.positionAt(e.ip).line;return{fn:ss(e.proto),file:e.chunk.source.name,line:t}}function va(s){return s.file===null?`${s.fn} (in the prelude)`:`${s.file}:${s.line} in ${s.fn}`}function zs(s){let e=Fn(s);return e===null?"(not started)":va(e)}function qn(s,e){return s===e?s.reductions+s.sliceReds:s.reductions}function ya(s){let e=[];if(s!==null)for(let t of s)e.push(t.pid);return e}function rs(s,e=0){if(s===null||typeof s=="boolean"||typeof s=="number")return 8;if(typeof s=="string")return 16+2*s.length;if(e>3)return 16;if(s instanceof R){let t=24+8*s.items.length;for(let n=0;n<Math.min(s.items.length,16);n++)t+=rs(s.items[n],e+1);return t}if(s instanceof $){let t=48+8*s.size;for(let n=0;n<Math.min(s.size,16);n++)t+=rs(s.get(n),e+1);return t}return s instanceof q||s instanceof V?48+24*s.map.size:s instanceof J?48+24*s.dict.map.size:32}function jo(s){let e=200+56*s.fp+8*s.sp;for(let t=0;t<s.sp&&t<256;t++)e+=rs(s.stack[t],2);for(let t of s.mailbox.toArray(256))e+=16+rs(t);return s.box&&(e+=rs(s.box.value)),e}function Ce(s,e=null){return{pid:s.pid,name:s.name,status:s.status,reductions:qn(s,e),mailbox:s.mailbox.length,current:Fn(s),links:ya(s.links),monitors:ya(s.monitors),parent:s.parent?s.parent.pid:null,spawnedAt:s.spawnFile?{file:s.spawnFile,line:s.spawnLine}:null,messagesIn:s.messagesIn,messagesOut:s.messagesOut,memory:jo(s),box:s.box?{name:s.box.name,value:s.box.value}:null}}function js(s){let e=s.final;return{pid:s,name:e.name,status:e.status,reductions:e.reductions,mailbox:0,current:null,links:[],monitors:[],parent:null,spawnedAt:null,messagesIn:null,messagesOut:null,memory:16,box:null}}function qo(s,e){let t=s.frames[e];if(t.packed){let n=s.stack[t.base];if(n instanceof R)return n.items}return s.stack.slice(t.base,t.base+t.argc)}function Ve(s){return ns(s).map((e,t)=>{let n=s.fp-1-t;return{fn:e.fn,file:e.file,line:e.line,column:e.column,args:qo(s,n),tailCalls:s.frames[n].tailCalls}})}function Et(s,e=1/0){return s.mailbox.toArray(e)}function qs(s,e=null){let t=0,n=0,r=0,a=0;for(let l of s.processes())a++,l.status==="waiting"?t++:l.status==="sleeping"?n++:(l.status==="runnable"||l.status==="running")&&r++;let i=s.stats();return{processes:a,runnable:r,waiting:t,sleeping:n,reductions:i.reductions+(e!==null&&e.alive?e.sliceReds:0),slices:i.slices,budget:i.budget,clock:Math.round(i.clock*1e3)/1e3,longestSlice:Math.round(i.longestSlice*1e3)/1e3}}function _a(s,e=null){let t=[...s.processes()];return t.sort((n,r)=>qn(r,e)-qn(n,e)||n.id-r.id),t}function Sa(s){let e=C(s,{truncate:40});return e.length>40?e.slice(0,40)+"\u2026":e}function Fo(s,e,t){return s==="done"?`returned ${Sa(e)}`:`panicked: ${t?.split(`
`)[0]??"?"}`}function Ye(s,e){let t="";if(e===void 0&&(s.status==="done"||s.status==="panicked"))t=Fo(s.status,s.result,s.error?.message??null);else if(s.box)t=`holds ${Sa(s.box.value)}`;else{let r=Fn(s);r!==null&&(t=va(r))}return{pid:s.id,name:s.name??"",status:e===void 0?s.status:`stopped (${e})`,reductions:s.reductions,mailbox:s.mailbox.length,where:t}}var Qe=O(()=>{ct();le();we()});function Lt(s,e=40,t=120){let n=s.length>e?[...s].sort((u,p)=>p.reductions-u.reductions).slice(0,e).sort((u,p)=>u.pid-p.pid):s,r=["PID","NAME","STATUS","REDUCTIONS","MAILBOX","WHERE"],a=n.map(u=>[`<pid ${u.pid}>`,u.name.length>20?u.name.slice(0,19)+"\u2026":u.name,u.status,String(u.reductions),String(u.mailbox),u.where]),i=r.map((u,p)=>Math.max(u.length,...a.map(m=>m[p].length))),l=u=>{let p=u.map((m,c)=>c===u.length-1?m:c===3||c===4?m.padStart(i[c]):m.padEnd(i[c])).join("  ");return p.length>t?p.slice(0,t-1)+"\u2026":p},o=[l(r),...a.map(l)];return s.length>n.length&&o.push(`\u2026 and ${s.length-n.length} more processes (the busiest are shown)`),o.join(`
`)}var Fs=O(()=>{});var ce,ft=O(()=>{ce=class{name;text;url;#e=null;constructor(e,t,n=null){this.name=e,this.text=t,this.url=n}get lineStarts(){if(this.#e===null){let e=[0],t=this.text,n=t.indexOf(`
`);for(;n>=0;)e.push(n+1),n=t.indexOf(`
`,n+1);this.#e=e}return this.#e}position(e){let t=this.lineStarts,n=0,r=t.length-1;for(;n<r;){let a=n+r+1>>1;t[a]<=e?n=a:r=a-1}return{line:n+1,column:e-t[n]+1}}lineText(e){let t=this.lineStarts[e-1]??this.text.length,n=this.lineStarts[e],r=n===void 0?this.text.length:n-1;return r>t&&this.text.charCodeAt(r-1)===13&&r--,this.text.slice(t,r)}}});var Se,as=O(()=>{le();Se=class extends ne{name;arities;impl;id;doc;constructor(e,t,n,r=""){super(),this.name=e,this.arities=t,this.impl=n,this.id=it(),this.doc=r}typeKeyword(){return P.fn}showName(){return"fn "+this.name}}});function Ks(){return Me.map(s=>s.name).join(",")}function Ws(s,e,t,n,r){for(let i of s.globals)t.define(i);let a=s.protos.map(i=>{let l=i.spans,o=()=>{let[p,m]=l.split(";").map(x=>x===""?[]:x.split(",").map(Number)),c=[],b=[],d=0;for(let x=0;x<p.length;x++)d+=p[x],c.push(d),b.push(d+m[x]);return[c,b]},u=new He(i.code,[],o,[],e);return new ye(i.name,i.doc,i.clauses,u,i.captures,!0,{start:i.span[0],end:i.span[1]})});return s.protos.forEach((i,l)=>{let o=a[l].chunk.consts;for(let u of i.consts)o.push(Ho(u,a,n,r))}),a[s.main]}function Ho(s,e,t,n){if(s===null||typeof s!="object")return s;if("k"in s)return L(s.k);if("b"in s){let r=t.get(s.b);if(!r)throw new Error(`prelude image: no primitive ${s.b}`);return r}if("p"in s)return e[s.p];if("g"in s){let r=n.get(s.g);if(r===void 0)throw new Error(`prelude image: no prelude value ${s.g}`);return r}return"e"in s?s.e==="tuple"?Rs:s.e==="list"?De:s.e==="dict"?be:Je:"ks"in s?s.ks.map(L):"ss"in s?s.ss:Number(s.n)}var Hs,Kn=O(()=>{Oe();$t();le();as();Hs=3});var Hn,Ra=O(()=>{Hn=`&&& The Ludus prelude
&
& This file, uniquely, sees \`base\`: the host primitives of lib/vm/primitives.ts,
& called as \`base :name (args)\` (the compiler turns that into a direct call).
& Every public function here is an ordinary Ludus function. Its clauses, with
& their typed patterns, are the documentation of what it accepts: when no
& clause matches, the panic lists them ("\`add\` takes: (x as :number, y as
& :number) or ..."). The most common clause comes first, because clauses are
& tried in order; the functions that must be fast (add, append, concat, count,
& fold, map, filter, string ...) start with a thin clause that hands the common
& case straight to \`base\`. A clause with a splat (\`...more\`) makes every call of
& its function pack the arguments into a tuple, so n-ary forms are written as
& \`(x, y, z, ...more)\`, never \`(x, y, ...more)\`, which would also match two
& arguments and loop forever on a bad pair.
&
& Higher-order functions loop with \`loop\`/\`recur\` here, in Ludus, so that the
& VM counts reductions and host code never calls back into Ludus.
&
& Helpers that are not part of the prelude's public face are defined inside a
& block, so they do not become names in every script.
&
& Sections: types and values; numbers; angles and vectors; comparisons;
& collections; dicts; strings; console; boxes; processes; results.

&&& Types and values

fn type {
  "Returns a keyword naming the type of a value: :nil, :boolean, :number, :keyword, :string, :tuple, :list, :set, :dict, :pkg, :fn, :box or :pid."
  (x) -> base :type (x)
}

fn eq? {
  "Returns true if all its arguments are equal. Data (numbers, strings, tuples, lists, dicts, sets ...) compare deeply, by value; functions, boxes and processes are equal only to themselves."
  (x, y) -> base :eq? (x, y)
  (x) -> true
  (x, y, z, ...more) -> loop ([y, z, ...more]) with {
    ([a, ...rest]) -> if base :eq? (x, a) then recur (rest) else false
    ([]) -> true
  }
}

fn neq? {
  "Returns true if no two of its arguments are equal: neq? (1, 2) is true, neq? (1, 2, 1) is false."
  (x, y) -> if base :eq? (x, y) then false else true
  (x) -> true
  (x, y, z, ...more) -> loop ([x, y, z, ...more]) with {
    ([a, ...rest]) -> if base :list_has? (rest, a) then false else recur (rest)
    ([]) -> true
  }
}

fn nil? {
  "Returns true if a value is nil."
  (nil) -> true
  (_) -> false
}

fn some? {
  "Returns true if a value is not nil."
  (nil) -> false
  (_) -> true
}

fn some {
  "Takes a value that may be nil and a default: returns the value, or the default if the value is nil."
  (nil, default) -> default
  (value, _) -> value
}

fn bool? {
  "Returns true if a value is a boolean: true or false."
  (true) -> true
  (false) -> true
  (_) -> false
}

fn true? {
  "Returns true if a value is exactly true (not just truthy)."
  (true) -> true
  (_) -> false
}

fn false? {
  "Returns true if a value is exactly false (nil is not false)."
  (false) -> true
  (_) -> false
}

fn bool {
  "Converts a value to a boolean: false for nil and false, true for everything else."
  (nil) -> false
  (false) -> false
  (_) -> true
}

fn not {
  "Returns true if a value is falsy (nil or false), false otherwise."
  (nil) -> true
  (false) -> true
  (_) -> false
}

fn and {
  "Returns true if all its arguments are truthy (neither nil nor false), otherwise false. It is a function: all the arguments are evaluated first."
  (x, y) -> if x then { if y then true else false } else false
  () -> true
  (x) -> if x then true else false
  (x, y, z, ...more) -> loop ([x, y, z, ...more]) with {
    ([a, ...rest]) -> if a then recur (rest) else false
    ([]) -> true
  }
}

fn or {
  "Returns the first of its arguments that is truthy (neither nil nor false), or nil if there is none. It is a function: all the arguments are evaluated first."
  (x, y) -> if x then x else { if y then y else nil }
  () -> nil
  (x) -> if x then x else nil
  (x, y, z, ...more) -> loop ([x, y, z, ...more]) with {
    ([a, ...rest]) -> if a then a else recur (rest)
    ([]) -> nil
  }
}

fn number? {
  "Returns true if a value is a number."
  (x as :number) -> true
  (_) -> false
}

fn int? {
  "Returns true if a value is a whole number (a number with no fractional part)."
  (x) -> base :int? (x)
}

fn keyword? {
  "Returns true if a value is a keyword."
  (x as :keyword) -> true
  (_) -> false
}

fn string? {
  "Returns true if a value is a string."
  (x as :string) -> true
  (_) -> false
}

fn fn? {
  "Returns true if a value is a function (named, anonymous, partially applied or built in)."
  (x as :fn) -> true
  (_) -> false
}

fn tuple? {
  "Returns true if a value is a tuple."
  (x as :tuple) -> true
  (_) -> false
}

fn list? {
  "Returns true if a value is a list."
  (x as :list) -> true
  (_) -> false
}

fn dict? {
  "Returns true if a value is a dict."
  (x as :dict) -> true
  (_) -> false
}

fn set? {
  "Returns true if a value is a set."
  (x as :set) -> true
  (_) -> false
}

fn pkg? {
  "Returns true if a value is a package."
  (x as :pkg) -> true
  (_) -> false
}

fn box? {
  "Returns true if a value is a box."
  (x as :box) -> true
  (_) -> false
}

fn pid? {
  "Returns true if a value is a process id (what spawn! and self return)."
  (x as :pid) -> true
  (_) -> false
}

fn coll? {
  "Returns true if a value is a collection: a list, tuple, set, dict or package."
  (x as :list) -> true
  (x as :tuple) -> true
  (x as :dict) -> true
  (x as :set) -> true
  (x as :pkg) -> true
  (_) -> false
}

fn ordered? {
  "Returns true if a value is an ordered collection, whose elements have indices: a list or a tuple."
  (x as :list) -> true
  (x as :tuple) -> true
  (_) -> false
}

fn assoc? {
  "Returns true if a value is an associative collection, with keys: a dict or a package."
  (x as :dict) -> true
  (x as :pkg) -> true
  (_) -> false
}

fn show {
  "Returns the printed form of any value as a string, the way the result of a script is shown: strings in quotes, 1.0 as 1, lists as [1, 2] and so on."
  (x) -> base :show (x)
}

&&& Numbers

fn add {
  "Adds numbers, or 2-D vectors given as (x, y) tuples: add (1, 2) is 3, add ((1, 2), (3, 4)) is (4, 6). With no arguments, returns 0."
  (x as :number, y as :number) -> base :add (x, y)
  ((x1, y1), (x2, y2)) -> (add (x1, x2), add (y1, y2))
  () -> 0
  (x as :number) -> x
  (x, y, z, ...more) -> fold (add, [z, ...more], add (x, y))
}

fn sub {
  "Subtracts numbers, or 2-D vectors given as (x, y) tuples: sub (10, 3) is 7, and sub (10, 3, 2) is 5."
  (x as :number, y as :number) -> base :sub (x, y)
  ((x1, y1), (x2, y2)) -> (sub (x1, x2), sub (y1, y2))
  (x as :number) -> x
  (x, y, z, ...more) -> fold (sub, [z, ...more], sub (x, y))
}

fn mult {
  "Multiplies numbers; multiplying a 2-D vector (x, y) and a number, on either side, scales the vector: mult ((1, 2), 3) is (3, 6). With no arguments, returns 1."
  (x as :number, y as :number) -> base :mult (x, y)
  ((x, y), k as :number) -> (mult (x, k), mult (y, k))
  (k as :number, (x, y)) -> (mult (k, x), mult (k, y))
  () -> 1
  (x as :number) -> x
  (x, y, z, ...more) -> fold (mult, [z, ...more], mult (x, y))
}

fn div {
  "Divides numbers: div (10, 4) is 2.5, div (60, 2, 3) is 10. A 2-D vector (x, y) may be divided by a number. Panics on division by zero; see div/0 and div/safe."
  (x as :number, y as :number) -> base :div (x, y)
  ((x, y), k as :number) -> (div (x, k), div (y, k))
  (x as :number) -> x
  (x, y, z, ...more) -> fold (div, [z, ...more], div (x, y))
}

fn div/0 {
  "Divides two numbers, but returns 0 when dividing by zero instead of panicking."
  (x as :number, 0) -> 0
  (x as :number, y as :number) -> base :div (x, y)
}

fn div/safe {
  "Divides two numbers and returns a result: (:ok, quotient), or (:err, \\"division by zero\\")."
  (x as :number, 0) -> (:err, "division by zero")
  (x as :number, y as :number) -> (:ok, base :div (x, y))
}

fn inc {
  "Adds one to a number."
  (x as :number) -> base :add (x, 1)
}

fn dec {
  "Subtracts one from a number."
  (x as :number) -> base :sub (x, 1)
}

fn neg {
  "Negates a number (neg (3) is -3), or a 2-D vector."
  (x as :number) -> base :sub (0, x)
  ((x as :number, y as :number)) -> (base :sub (0, x), base :sub (0, y))
}

fn abs {
  "Returns the absolute value of a number: abs (-3) is 3."
  (x as :number) -> base :abs (x)
}

fn mod {
  "Returns the remainder of dividing x by y, with the sign of y (it rounds the quotient down, toward negative infinity): mod (7, 3) is 1, mod (-1, 3) is 2. Panics if y is 0."
  (x as :number, y as :number) -> base :mod (x, y)
}

fn pow {
  "Raises a number to a power: pow (2, 10) is 1024."
  (x as :number, y as :number) -> base :pow (x, y)
}

fn square {
  "Multiplies a number by itself."
  (x as :number) -> base :mult (x, x)
}

fn sqrt {
  "Returns the square root of a number that is not negative."
  (x as :number) -> if base :lt? (x, 0)
    then panic! ("sqrt needs a number that is not negative, but got", x)
    else base :sqrt (x)
}

fn sum_of_squares {
  "Returns the sum of the squares of its arguments, all numbers: sum_of_squares (3, 4) is 25."
  (x as :number, y as :number) -> base :add (base :mult (x, x), base :mult (y, y))
  (...xs) -> fold (fn (acc, x) -> add (acc, square (x)), xs, 0)
}

fn floor {
  "Rounds a number down, toward negative infinity: floor (-1.5) is -2."
  (x as :number) -> base :floor (x)
}

fn ceil {
  "Rounds a number up, toward positive infinity: ceil (1.2) is 2."
  (x as :number) -> base :ceil (x)
}

fn round {
  "Rounds a number to the nearest whole number; halves round away from zero: round (2.5) is 3, round (-2.5) is -3."
  (x as :number) -> if base :lt? (x, 0)
    then base :sub (0, base :round (base :sub (0, x)))
    else base :round (x)
}

fn min {
  "Returns the smallest of its arguments, all numbers, or of a list of numbers."
  (x as :number, y as :number) -> if base :lt? (y, x) then y else x
  (x as :number) -> x
  (xs as :list) -> if base :eq? (xs, [])
    then panic! "min needs at least one number, but got an empty list"
    else fold (min, rest (xs), first (xs))
  (x, y, z, ...more) -> fold (min, [z, ...more], min (x, y))
}

fn max {
  "Returns the largest of its arguments, all numbers, or of a list of numbers."
  (x as :number, y as :number) -> if base :gt? (y, x) then y else x
  (x as :number) -> x
  (xs as :list) -> if base :eq? (xs, [])
    then panic! "max needs at least one number, but got an empty list"
    else fold (max, rest (xs), first (xs))
  (x, y, z, ...more) -> fold (max, [z, ...more], max (x, y))
}

fn random {
  "Returns a random number. With no arguments, between 0 (included) and 1 (excluded); with one number n, between 0 and n; with two numbers, between the first (included) and the second (excluded). Given a list, tuple or set, returns a random element (nil if it is empty); given a dict, a random value."
  () -> base :random ()
  (n as :number) -> base :mult (n, base :random ())
  (m as :number, n as :number) -> base :add (m, base :mult (base :sub (n, m), base :random ()))
  (xs as :list) -> base :at (xs, base :floor (base :mult (base :count (xs), base :random ())))
  (xs as :tuple) -> base :at (xs, base :floor (base :mult (base :count (xs), base :random ())))
  (s as :set) -> random (base :to_list (s))
  (d as :dict) -> random (base :values (d))
}

fn random_int {
  "Returns a random whole number: with one number n, from 0 up to n (excluded); with two numbers m and n, from m up to n (excluded). random_int (6) gives one of 0 to 5."
  (n as :number) -> base :floor (random (n))
  (m as :number, n as :number) -> base :floor (random (m, n))
}

fn zero? {
  "Returns true if a number is 0."
  (x as :number) -> base :eq? (x, 0)
}

fn pos? {
  "Returns true if a number is greater than 0."
  (x as :number) -> base :gt? (x, 0)
}

fn neg? {
  "Returns true if a number is less than 0."
  (x as :number) -> base :lt? (x, 0)
}

fn even? {
  "Returns true if a number is even: a whole number divisible by 2."
  (x as :number) -> base :eq? (base :mod (x, 2), 0)
}

fn odd? {
  "Returns true if a number is odd: a whole number not divisible by 2."
  (x as :number) -> base :eq? (base :mod (x, 2), 1)
}

&&& Angles and vectors
& Angles are in turns unless a unit keyword says otherwise: a whole turn is 1,
& a quarter turn 0.25. Whole quarter (and eighth) turns give exact results, so
& that sin (0.5) is 0 and not 1.2246467991473532e-16.

let pi = 3.141592653589793

let tau = base :mult (2, pi)

fn turn/deg {
  "Converts an angle in turns to degrees: turn/deg (0.25) is 90."
  (a as :number) -> base :mult (a, 360)
}

fn deg/turn {
  "Converts an angle in degrees to turns: deg/turn (90) is 0.25."
  (a as :number) -> base :div (a, 360)
}

fn turn/rad {
  "Converts an angle in turns to radians: turn/rad (0.5) is pi."
  (a as :number) -> base :mult (a, tau)
}

fn rad/turn {
  "Converts an angle in radians to turns: rad/turn (pi) is 0.5."
  (a as :number) -> base :div (a, tau)
}

fn deg/rad {
  "Converts an angle in degrees to radians: deg/rad (180) is pi."
  (a as :number) -> base :div (base :mult (a, pi), 180)
}

fn rad/deg {
  "Converts an angle in radians to degrees: rad/deg (pi) is 180."
  (a as :number) -> base :div (base :mult (a, 180), pi)
}

let (sin, cos, tan) = {
  & sine, cosine and tangent of an angle in turns, exact at quarter turns
  fn sin_turns (a) -> match base :mod (a, 1) with {
    0 -> 0
    0.25 -> 1
    0.5 -> 0
    0.75 -> -1
    t -> base :sin (base :mult (t, tau))
  }

  fn cos_turns (a) -> match base :mod (a, 1) with {
    0 -> 1
    0.25 -> 0
    0.5 -> -1
    0.75 -> 0
    t -> base :cos (base :mult (t, tau))
  }

  fn tan_turns (a) -> match base :mod (a, 0.5) with {
    0 -> 0
    0.125 -> 1
    0.375 -> -1
    t -> base :tan (base :mult (t, tau))
  }

  fn sin {
    "Returns the sine of an angle, in turns unless a unit is given (:turns, :degrees or :radians): sin (0.25) is 1, sin (90, :degrees) is 1."
    (a as :number) -> sin_turns (a)
    (a as :number, :turns) -> sin_turns (a)
    (a as :number, :degrees) -> sin_turns (base :div (a, 360))
    (a as :number, :radians) -> base :sin (a)
  }

  fn cos {
    "Returns the cosine of an angle, in turns unless a unit is given (:turns, :degrees or :radians): cos (0.5) is -1, cos (180, :degrees) is -1."
    (a as :number) -> cos_turns (a)
    (a as :number, :turns) -> cos_turns (a)
    (a as :number, :degrees) -> cos_turns (base :div (a, 360))
    (a as :number, :radians) -> base :cos (a)
  }

  fn tan {
    "Returns the tangent of an angle, in turns unless a unit is given (:turns, :degrees or :radians): tan (0.125) is 1, tan (45, :degrees) is 1."
    (a as :number) -> tan_turns (a)
    (a as :number, :turns) -> tan_turns (a)
    (a as :number, :degrees) -> tan_turns (base :div (a, 360))
    (a as :number, :radians) -> base :tan (a)
  }

  (sin, cos, tan)
}

fn atan/2 {
  "Returns the angle of the point (x, y), measured counterclockwise from the positive x axis, between -0.5 and 0.5 turns. Like atan2 in other languages it takes y first: atan/2 (1, 0) is 0.25. It also takes an (x, y) vector: atan/2 ((0, 1)) is 0.25. A last unit keyword (:turns, :degrees or :radians) changes the unit of the result."
  (y as :number, x as :number) -> base :div (base :atan/2 (y, x), tau)
  (y as :number, x as :number, :turns) -> base :div (base :atan/2 (y, x), tau)
  (y as :number, x as :number, :degrees) -> rad/deg (base :atan/2 (y, x))
  (y as :number, x as :number, :radians) -> base :atan/2 (y, x)
  ((x as :number, y as :number)) -> atan/2 (y, x)
  ((x as :number, y as :number), units as :keyword) -> atan/2 (y, x, units)
}

fn rotate {
  "Rotates a 2-D vector (x, y) counterclockwise by an angle, in turns unless a unit is given (:turns, :degrees or :radians): rotate ((1, 0), 0.25) is (0, 1)."
  ((x as :number, y as :number), a as :number) -> rotate ((x, y), a, :turns)
  ((x as :number, y as :number), a as :number, units as :keyword) -> {
    let c = cos (a, units)
    let s = sin (a, units)
    (base :sub (base :mult (x, c), base :mult (y, s)), base :add (base :mult (x, s), base :mult (y, c)))
  }
}

fn angle {
  "Returns the angle from one 2-D vector to another, in turns, counterclockwise, between -0.5 and 0.5: angle ((1, 0), (0, 1)) is 0.25."
  ((x1 as :number, y1 as :number), (x2 as :number, y2 as :number)) -> {
    let a = base :sub (atan/2 (y2, x2), atan/2 (y1, x1))
    base :sub (base :mod (base :add (a, 0.5), 1), 0.5)
  }
}

fn dist {
  "Returns the distance of the point (x, y) from the origin; given two points, the distance between them: dist (3, 4) and dist ((3, 4)) are 5."
  (x as :number, y as :number) -> base :sqrt (base :add (base :mult (x, x), base :mult (y, y)))
  ((x as :number, y as :number)) -> dist (x, y)
  ((x1 as :number, y1 as :number), (x2 as :number, y2 as :number)) -> dist (base :sub (x2, x1), base :sub (y2, y1))
}

fn heading/vector {
  "Returns the unit vector (x, y) of a turtle heading, in turns: heading 0 points up, (0, 1), and headings grow clockwise, so 0.25 points right, (1, 0)."
  (heading as :number) -> (sin (heading), cos (heading))
}

&&& Comparisons

fn lt? {
  "Returns true if its numbers are in strictly increasing order: lt? (1, 2) and lt? (1, 2, 3) are true."
  (x as :number, y as :number) -> base :lt? (x, y)
  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {
    (a, [b, ...rest]) -> if lt? (a, b) then recur (b, rest) else false
    (_, []) -> true
  }
}

fn lte? {
  "Returns true if its numbers are in increasing order, equal neighbours allowed: lte? (1, 1, 2) is true."
  (x as :number, y as :number) -> base :lte? (x, y)
  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {
    (a, [b, ...rest]) -> if lte? (a, b) then recur (b, rest) else false
    (_, []) -> true
  }
}

fn gt? {
  "Returns true if its numbers are in strictly decreasing order: gt? (2, 1) and gt? (3, 2, 1) are true."
  (x as :number, y as :number) -> base :gt? (x, y)
  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {
    (a, [b, ...rest]) -> if gt? (a, b) then recur (b, rest) else false
    (_, []) -> true
  }
}

fn gte? {
  "Returns true if its numbers are in decreasing order, equal neighbours allowed: gte? (2, 2, 1) is true."
  (x as :number, y as :number) -> base :gte? (x, y)
  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {
    (a, [b, ...rest]) -> if gte? (a, b) then recur (b, rest) else false
    (_, []) -> true
  }
}

&&& Collections

fn list {
  "Converts a value to a list: a list stays as it is; a tuple keeps its order; a set gives its members; a dict gives (key, value) tuples; a string gives its characters; any other value becomes a one-element list."
  (x) -> base :to_list (x)
}

fn tuple {
  "Converts a list or a set to a tuple (a tuple stays as it is)."
  (xs as :list) -> base :to_tuple (xs)
  (xs as :tuple) -> xs
  (s as :set) -> base :to_tuple (base :to_list (s))
}

fn set {
  "Converts a list or a tuple to a set of its elements, dropping repeats (a set stays as it is)."
  (xs as :list) -> base :to_set (xs)
  (xs as :tuple) -> base :to_set (xs)
  (s as :set) -> s
}

fn count {
  "Returns the number of elements of a list, tuple, set or dict, or the number of characters of a string."
  (xs as :list) -> base :count (xs)
  (s as :string) -> base :count (s)
  (xs as :tuple) -> base :count (xs)
  (d as :dict) -> base :count (d)
  (s as :set) -> base :count (s)
  (p as :pkg) -> base :count (p)
}

fn empty? {
  "Returns true if a list, tuple, set, dict or string has no elements: [], (), $\\{}, #\\{} and \\"\\" are empty."
  (xs as :list) -> base :eq? (base :count (xs), 0)
  (s as :string) -> base :eq? (s, "")
  (xs as :tuple) -> base :eq? (base :count (xs), 0)
  (d as :dict) -> base :eq? (base :count (d), 0)
  (s as :set) -> base :eq? (base :count (s), 0)
}

fn at {
  "Returns the element at an index of a list or tuple, or the character at an index of a string. The first is at index 0. Returns nil if there is nothing at that index."
  (xs as :list, i as :number) -> base :at (xs, i)
  (xs as :tuple, i as :number) -> base :at (xs, i)
  (s as :string, i as :number) -> base :at (s, i)
}

fn first {
  "Returns the first element of a list or tuple, or the first character of a string; nil if it is empty."
  (xs as :list) -> base :at (xs, 0)
  (xs as :tuple) -> base :at (xs, 0)
  (s as :string) -> base :at (s, 0)
}

fn second {
  "Returns the second element of a list or tuple, or the second character of a string; nil if there is none."
  (xs as :list) -> base :at (xs, 1)
  (xs as :tuple) -> base :at (xs, 1)
  (s as :string) -> base :at (s, 1)
}

fn last {
  "Returns the last element of a list or tuple, or the last character of a string; nil if it is empty."
  (xs as :list) -> base :at (xs, base :sub (base :count (xs), 1))
  (xs as :tuple) -> base :at (xs, base :sub (base :count (xs), 1))
  (s as :string) -> base :at (s, base :sub (base :count (s), 1))
}

fn rest {
  "Returns all but the first element of a list or tuple, as a list (all but the first character of a string, as a string). The rest of an empty list is an empty list."
  (xs as :list) -> base :rest (xs)
  (xs as :tuple) -> base :rest (xs)
  (s as :string) -> base :slice (s, 1, base :count (s))
}

fn butlast {
  "Returns all but the last element of a list or tuple, as a list (all but the last character of a string, as a string)."
  (xs as :list) -> base :slice (xs, 0, base :sub (base :count (xs), 1))
  (xs as :tuple) -> base :slice (xs, 0, base :sub (base :count (xs), 1))
  (s as :string) -> slice (s, 0, base :sub (base :count (s), 1))
}

let slice = {
  & \`slice\` with its indices moved inside the collection (rounded down, 0 <= start <= end <= count)
  fn within (xs, start, end) -> {
    let n = base :count (xs)
    let s = min (max (base :floor (start), 0), n)
    let e = min (max (base :floor (end), s), n)
    base :slice (xs, s, e)
  }

  fn slice {
    "Returns the part of a list or tuple from index \`start\` up to, but not including, index \`end\` (or to the end), as a list; for a string, that part of the string. Indices outside the collection are moved to its ends: slice ([1, 2, 3, 4], 1, 3) is [2, 3], slice (\\"hello\\", 1) is \\"ello\\"."
    (xs as :list, start as :number) -> slice (xs, start, base :count (xs))
    (xs as :list, start as :number, end as :number) -> within (xs, start, end)
    (xs as :tuple, start as :number) -> slice (xs, start, base :count (xs))
    (xs as :tuple, start as :number, end as :number) -> within (xs, start, end)
    (s as :string, start as :number) -> slice (s, start, base :count (s))
    (s as :string, start as :number, end as :number) -> within (s, start, end)
  }
}

fn append {
  "Adds an element at the end of a list, or to a set: append ([1, 2], 3) is [1, 2, 3]."
  (xs as :list, x) -> base :append (xs, x)
  (s as :set, x) -> base :set_add (s, x)
}

fn concat {
  "Joins two or more lists, strings or sets (all of the same kind): concat ([1], [2, 3]) is [1, 2, 3], concat (\\"a\\", \\"b\\") is \\"ab\\"."
  (xs as :list, ys as :list) -> base :concat (xs, ys)
  (a as :string, b as :string) -> base :concat (a, b)
  (s as :set, t as :set) -> base :concat (s, t)
  (x, y, z, ...more) -> fold (concat, [z, ...more], concat (x, y))
}

fn fold {
  "Combines the elements of a list (or tuple or set), from first to last, with a function of two arguments: the result so far and the next element. fold (add, [1, 2, 3], 0) is 6. Without a starting value, starts from f () (so fold (add, xs) works)."
  (f as :fn, xs as :list, acc) -> loop (xs, acc) with {
    ([x, ...rest], acc) -> recur (rest, f (acc, x))
    (_, acc) -> acc
  }
  (f as :fn, xs as :list) -> fold (f, xs, f ())
  (f as :fn, xs as :tuple, acc) -> fold (f, base :to_list (xs), acc)
  (f as :fn, xs as :tuple) -> fold (f, base :to_list (xs), f ())
  (f as :fn, s as :set, acc) -> fold (f, base :to_list (s), acc)
  (f as :fn, s as :set) -> fold (f, base :to_list (s), f ())
}

fn foldr {
  "Combines the elements of a list (or tuple or set), from last to first, with a function of two arguments: the next element and the result so far. foldr (f, [1, 2, 3], z) is f (1, f (2, f (3, z))). Without a starting value, starts from f ()."
  (f as :fn, xs as :list, acc) -> loop (base :reverse (xs), acc) with {
    ([x, ...rest], acc) -> recur (rest, f (x, acc))
    (_, acc) -> acc
  }
  (f as :fn, xs as :list) -> foldr (f, xs, f ())
  (f as :fn, xs as :tuple, acc) -> foldr (f, base :to_list (xs), acc)
  (f as :fn, xs as :tuple) -> foldr (f, base :to_list (xs), f ())
  (f as :fn, s as :set, acc) -> foldr (f, base :to_list (s), acc)
  (f as :fn, s as :set) -> foldr (f, base :to_list (s), f ())
}

fn map {
  "Applies a function (or a keyword) to each element of a list or tuple and returns the list of results: map (inc, [1, 2, 3]) is [2, 3, 4]. On a set, returns a set. With only a function, returns a function that maps it over what it is given."
  (f as :fn, xs as :list) -> loop (xs, []) with {
    ([x, ...rest], out) -> recur (rest, base :append (out, f (x)))
    (_, out) -> out
  }
  (kw as :keyword, xs as :list) -> loop (xs, []) with {
    ([x, ...rest], out) -> recur (rest, base :append (out, kw (x)))
    (_, out) -> out
  }
  (f as :fn, xs as :tuple) -> map (f, base :to_list (xs))
  (kw as :keyword, xs as :tuple) -> map (kw, base :to_list (xs))
  (f as :fn, s as :set) -> base :to_set (map (f, base :to_list (s)))
  (kw as :keyword, s as :set) -> base :to_set (map (kw, base :to_list (s)))
  (f as :fn) -> map (f, _)
  (kw as :keyword) -> map (kw, _)
}

fn filter {
  "Keeps the elements of a list or tuple for which a predicate (a function, or a keyword) is truthy, and returns them as a list: filter (even?, [1, 2, 3, 4]) is [2, 4]. On a set, returns a set. With only a predicate, returns a function that filters what it is given."
  (p as :fn, xs as :list) -> loop (xs, []) with {
    ([x, ...rest], out) -> if p (x)
      then recur (rest, base :append (out, x))
      else recur (rest, out)
    (_, out) -> out
  }
  (kw as :keyword, xs as :list) -> loop (xs, []) with {
    ([x, ...rest], out) -> if kw (x)
      then recur (rest, base :append (out, x))
      else recur (rest, out)
    (_, out) -> out
  }
  (p as :fn, xs as :tuple) -> filter (p, base :to_list (xs))
  (kw as :keyword, xs as :tuple) -> filter (kw, base :to_list (xs))
  (p as :fn, s as :set) -> base :to_set (filter (p, base :to_list (s)))
  (kw as :keyword, s as :set) -> base :to_set (filter (kw, base :to_list (s)))
  (p as :fn) -> filter (p, _)
  (kw as :keyword) -> filter (kw, _)
}

fn keep {
  "Returns a list of the elements of a list or tuple that are not nil: keep ([1, nil, 2]) is [1, 2]."
  (xs as :list) -> filter (some?, xs)
  (xs as :tuple) -> filter (some?, base :to_list (xs))
}

fn each! {
  "Calls a function on each element of a list, tuple or set, in order, for its effects; returns nil."
  (f as :fn, xs as :list) -> loop (xs) with {
    ([x, ...rest]) -> {
      f (x)
      recur (rest)
    }
    (_) -> nil
  }
  (f as :fn, xs as :tuple) -> each! (f, base :to_list (xs))
  (f as :fn, s as :set) -> each! (f, base :to_list (s))
}

fn contains? {
  "Returns true if a list, tuple or set has a value among its elements (compared by value): contains? (2, [1, 2, 3]) is true. For a string, returns true if the second string contains the first one: contains? (\\"ell\\", \\"hello\\") is true."
  (x, xs as :list) -> base :list_has? (xs, x)
  (x, xs as :tuple) -> base :list_has? (xs, x)
  (x, s as :set) -> base :set_has? (s, x)
  (sub as :string, s as :string) -> if base :index_of (s, sub) then true else false
}

fn omit {
  "Returns a list or set without a value: omit (2, [1, 2, 3, 2]) is [1, 3], omit (:a, $\\{:a, :b}) is $\\{:b}. (A tuple gives a list.)"
  (x, xs as :list) -> filter (fn (y) -> if base :eq? (x, y) then false else true, xs)
  (x, xs as :tuple) -> omit (x, base :to_list (xs))
  (x, s as :set) -> base :set_delete (s, x)
}

fn index_of {
  "Returns the index of the first element of a list or tuple that equals a value, or the index where a string is first found in another string; nil if it is not there: index_of ([:a, :b], :b) is 1, index_of (\\"hello\\", \\"l\\") is 2."
  (xs as :list, x) -> loop (xs, 0) with {
    ([y, ...rest], i) -> if base :eq? (x, y) then i else recur (rest, base :add (i, 1))
    (_, _) -> nil
  }
  (xs as :tuple, x) -> index_of (base :to_list (xs), x)
  (s as :string, sub as :string) -> base :index_of (s, sub)
}

fn range {
  "Returns a list of numbers counting up from a start (0 if not given) up to, but not including, an end, by a step (1 if not given): range (4) is [0, 1, 2, 3], range (1, 4) is [1, 2, 3], range (10, 0, -5) is [10, 5]."
  (end as :number) -> base :range (0, end, 1)
  (start as :number, end as :number) -> base :range (start, end, 1)
  (start as :number, end as :number, step as :number) -> base :range (start, end, step)
}

fn reverse {
  "Returns the elements of a list or tuple in reverse order, as a list; or a string reversed."
  (xs as :list) -> base :reverse (xs)
  (xs as :tuple) -> base :reverse (xs)
  (s as :string) -> base :reverse (s)
}

let sort = {
  & stable merge sort with a \`before?\` function: (a, b) -> true if a comes first
  fn merge (left, right, before?) -> loop (left, right, []) with {
    ([], r, out) -> base :concat (out, r)
    (l, [], out) -> base :concat (out, l)
    (l, r, out) -> {
      let [x, ...xs] = l
      let [y, ...ys] = r
      if before? (y, x)
        then recur (l, ys, base :append (out, y))
        else recur (xs, r, base :append (out, x))
    }
  }

  fn merge_sort (xs, before?) -> {
    let n = base :count (xs)
    if base :lt? (n, 2)
      then xs
      else {
        let mid = base :floor (base :div (n, 2))
        let left = merge_sort (base :slice (xs, 0, mid), before?)
        let right = merge_sort (base :slice (xs, mid, n), before?)
        merge (left, right, before?)
      }
  }

  fn sort {
    "Returns the elements of a list, tuple or set as a sorted list. With one argument, in natural order: numbers from smallest, strings and keywords alphabetically (all elements of one kind). With a function before? (a, b) that returns true when a should come before b, in that order: sort ([3, 1, 2], gt?) is [3, 2, 1]. Equal elements keep their order."
    (xs as :list) -> base :sort (xs)
    (xs as :list, before? as :fn) -> merge_sort (xs, before?)
    (xs as :tuple) -> base :sort (xs)
    (xs as :tuple, before? as :fn) -> merge_sort (base :to_list (xs), before?)
    (s as :set) -> base :sort (base :to_list (s))
    (s as :set, before? as :fn) -> merge_sort (base :to_list (s), before?)
  }
}

&&& Dicts

fn assoc {
  "Returns a dict with a key set to a value: assoc (#\\{}, :a, 1) is #\\{:a 1}. Also takes the key and value as a (key, value) tuple. Setting a key to nil removes it."
  (d as :dict, key as :keyword, value) -> base :assoc (d, key, value)
  (d as :dict, (key as :keyword, value)) -> base :assoc (d, key, value)
}

fn dissoc {
  "Returns a dict without a key: dissoc (#\\{:a 1, :b 2}, :a) is #\\{:b 2}."
  (d as :dict, key as :keyword) -> base :dissoc (d, key)
}

fn update {
  "Returns a dict with the value at a key replaced by the result of calling a function on it (on nil if the key is missing): update (#\\{:a 1}, :a, inc) is #\\{:a 2}."
  (d as :dict, key as :keyword, f as :fn) -> base :assoc (d, key, f (base :get (d, key)))
}

fn get {
  "Returns the value at a key of a dict (or package), or nil, or a default if one is given, when the key is missing. The key comes first: get (:a, #\\{:a 1}) is 1. As with \`d :key\`, asking anything that is not a dict gives nil. With only a key, returns a function that gets that key."
  (key as :keyword, d) -> base :get (d, key)
  (key as :keyword, d, default) -> {
    let value = base :get (d, key)
    if base :eq? (value, nil) then default else value
  }
  (key as :keyword) -> get (key, _)
}

fn has? {
  "Returns true if a dict (or package) has a key: has? (:a, #\\{:a 1}) is true. The key comes first, as in get."
  (key as :keyword, d) -> base :has? (d, key)
  (key as :keyword) -> has? (key, _)
}

fn keys {
  "Returns the keys of a dict (or package) as a list, in the order they were added."
  (d as :dict) -> base :keys (d)
  (p as :pkg) -> base :keys (p)
}

fn values {
  "Returns the values of a dict (or package) as a list, in the order their keys were added."
  (d as :dict) -> base :values (d)
  (p as :pkg) -> base :values (p)
}

fn dict {
  "Converts to a dict: a list or tuple of (key, value) tuples, or a package. A dict stays as it is."
  (d as :dict) -> d
  (pairs as :list) -> base :to_dict (pairs)
  (pairs as :tuple) -> base :to_dict (pairs)
  (p as :pkg) -> base :to_dict (p)
}

fn diff {
  "Compares two dicts key by key (shallowly) and returns a dict of the keys whose values differ, each with the pair (value in the first, value in the second); a missing value is nil. diff (#\\{:a 1, :b 2}, #\\{:a 1, :b 3}) is #\\{:b (2, 3)}."
  (d1 as :dict, d2 as :dict) -> {
    let all_keys = concat (base :keys (d1), filter (fn (k) -> not (base :has? (d1, k)), base :keys (d2)))
    fold (fn (out, k) -> {
      let v1 = base :get (d1, k)
      let v2 = base :get (d2, k)
      if base :eq? (v1, v2) then out else base :assoc (out, k, (v1, v2))
    }, all_keys, #{})
  }
}

&&& Strings

fn string {
  "Converts a value to a string: a string stays as it is, anything else becomes its printed form (as show gives it). With several arguments, joins their string forms: string (\\"x = \\", 1) is \\"x = 1\\"."
  (x) -> base :string (x)
  (x, y) -> base :concat (base :string (x), base :string (y))
  (x, y, z, ...more) -> fold (fn (s, a) -> base :concat (s, base :string (a)), [z, ...more], string (x, y))
}

fn join {
  "Joins a list (or tuple) of strings into one string, with a separator between them if one is given: join ([\\"a\\", \\"b\\"], \\", \\") is \\"a, b\\". Elements that are not strings are joined in their printed form."
  (xs as :list) -> base :join (xs, "")
  (xs as :list, sep as :string) -> base :join (xs, sep)
  (xs as :tuple) -> base :join (xs, "")
  (xs as :tuple, sep as :string) -> base :join (xs, sep)
}

fn split {
  "Splits a string at each place a separator string occurs and returns the list of pieces: split (\\"a,b,c\\", \\",\\") is [\\"a\\", \\"b\\", \\"c\\"]."
  (s as :string, sep as :string) -> base :split (s, sep)
}

fn trim {
  "Removes the whitespace at the start and the end of a string."
  (s as :string) -> base :trim (s)
}

fn upcase {
  "Returns a string in upper case."
  (s as :string) -> base :upcase (s)
}

fn downcase {
  "Returns a string in lower case."
  (s as :string) -> base :downcase (s)
}

fn chars {
  "Returns the characters of a string as a list of one-character strings: chars (\\"abc\\") is [\\"a\\", \\"b\\", \\"c\\"]."
  (s as :string) -> base :chars (s)
}

fn words {
  "Returns the words of a string as a list, leaving out whitespace and punctuation: words (\\"Hello, world!\\") is [\\"Hello\\", \\"world\\"]."
  (s as :string) -> base :words (s)
}

fn strip {
  "Removes the punctuation from a string: strip (\\"Hello, world!\\") is \\"Hello world\\"."
  (s as :string) -> base :strip (s)
}

fn to_number {
  "Reads a number written in a string (spaces around it and _ between digits are allowed): to_number (\\"42\\") is 42. Returns nil if the string is not a number. A number stays as it is."
  (s as :string) -> base :to_number (s)
  (n as :number) -> n
}

&&& Console

fn print! {
  "Prints its arguments to the console on one line, separated by spaces: strings as they are, other values in their printed form. Returns :ok."
  (...args) -> base :print! (args)
}

fn report! {
  "Prints a value in its printed form (as show gives it) and returns the value, to look at values in the middle of a computation. Given a message string first, prints the message followed by the value: report! (\\"x: \\", 42) prints x: 42."
  (x) -> {
    base :print! ([base :show (x)])
    x
  }
  (msg as :string, x) -> {
    base :print! ([base :concat (msg, base :show (x))])
    x
  }
}

fn doc! {
  "Prints the documentation of a function: its name, the patterns of its clauses (what it takes) and its description. Returns :ok."
  (f) -> base :print! ([base :doc (f)])
}

&&& Boxes

fn unbox {
  "Returns the value held in a box."
  (b as :box) -> base :unbox (b)
}

fn store! {
  "Stores a value in a box, replacing the one it held; returns the value."
  (b as :box, value) -> base :store! (b, value)
}

fn update! {
  "Replaces the value in a box with the result of calling a function on it, and returns the new value: after box n = 1, update! (n, inc) is 2. The function runs in the caller's process."
  (b as :box, f as :fn) -> base :store! (b, f (base :unbox (b)))
}

&&& Processes

fn spawn! {
  "Starts a new process that calls a function of no arguments, and returns its process id (pid)."
  (f as :fn) -> base :spawn! (f)
}

fn self {
  "Returns the process id (pid) of the process that calls it."
  () -> base :self ()
}

fn send! {
  "Sends a message (any value) to a process, to be taken from its mailbox by receive. Does not wait; returns the message. Alias: send."
  (pid as :pid, msg) -> base :send! (pid, msg)
}

let send = send!

fn link! {
  "Links the calling process with another one: when either of them ends, normally or by a panic, the other one panics too."
  (pid as :pid) -> base :link! (pid)
}

fn monitor! {
  "Watches another process: when it ends, the caller gets the message (:exit, pid, (:ok, value)) if it returned a value, or (:exit, pid, (:err, message)) if it panicked. Alias: monitor."
  (pid as :pid) -> base :monitor! (pid)
}

let monitor = monitor!

fn await! {
  "Waits for a process to end and returns its result: (:ok, value) if it returned a value, (:err, message) if it panicked. Works also for a process that has already ended."
  (pid as :pid) -> {
    base :monitor! (pid)
    receive {
      (:exit, p, result) if base :eq? (p, pid) -> result
    }
  }
}

fn sleep! {
  "Pauses the calling process for a number of milliseconds; other processes run meanwhile. Returns :ok."
  (ms as :number) -> base :sleep! (ms)
}

fn yield! {
  "Lets the other processes run before the calling one continues. Returns :ok."
  () -> base :yield! ()
}

fn alive? {
  "Returns true if a process has not ended yet."
  (pid as :pid) -> base :alive? (pid)
}

fn name! {
  "Gives the calling process a name, shown when its processes are observed or reported. Returns its pid."
  (name as :string) -> base :name! (name)
}

fn budget {
  "Returns the reduction budget: how many function calls and loop steps a process may take before the others get their turn."
  () -> base :budget ()
}

&&& Results

fn ok {
  "Wraps a value in an :ok result: ok (1) is (:ok, 1)."
  (value) -> (:ok, value)
}

fn err {
  "Wraps a value, usually a message, in an :err result: err (\\"oops\\") is (:err, \\"oops\\")."
  (msg) -> (:err, msg)
}

fn ok? {
  "Returns true if a value is an :ok result: a tuple (:ok, value)."
  ((:ok, _)) -> true
  (_) -> false
}

fn err? {
  "Returns true if a value is an :err result: a tuple (:err, message)."
  ((:err, _)) -> true
  (_) -> false
}

fn unwrap! {
  "Returns the value of an :ok result; panics on an :err result, or on something that is not a result."
  ((:ok, value)) -> value
  ((:err, msg)) -> panic! ("Unwrapped :err!", msg)
  (x) -> panic! ("unwrap! needs a result, (:ok, value) or (:err, message), but got", show (x))
}

fn unwrap_or {
  "Returns the value of an :ok result, or a default if the result is an :err."
  ((:ok, value), _) -> value
  ((:err, _), default) -> default
}

fn assert! {
  "Returns a value if it is truthy; panics with \\"Assert failed\\" (and a message, if one is given) if it is nil or false: assert! (eq? (x, 1), \\"x should be 1\\")."
  (value) -> if value then value else panic! ("Assert failed:", show (value))
  (value, msg) -> if value then value else panic! ("Assert failed:", msg)
}
`});var Ea,Ta=O(()=>{Ea=`&&& Turtle graphics: the second part of the prelude.
& Each process that draws has its own turtle, starting at home: (0, 0), heading 0
& (up), pen down, a white pen 1 wide on a black background. Angles are in turns:
& right! (0.25) is a quarter turn clockwise. Commands are recorded per turtle as
& [verb, ...args] and rendered to SVG by the host.

let colors = #{
  :white (255, 255, 255, 255)
  :light_gray (191, 191, 191, 255)
  :gray (127, 127, 127, 255)
  :dark_gray (63, 63, 63, 255)
  :black (0, 0, 0, 255)
  :silver (192, 192, 192, 255)
  :red (255, 0, 0, 255)
  :maroon (128, 0, 0, 255)
  :orange (255, 165, 0, 255)
  :yellow (255, 255, 0, 255)
  :olive (128, 128, 0, 255)
  :lime (0, 255, 0, 255)
  :green (0, 128, 0, 255)
  :aqua (0, 255, 255, 255)
  :cyan (0, 255, 255, 255)
  :teal (0, 128, 128, 255)
  :blue (0, 0, 255, 255)
  :navy (0, 0, 128, 255)
  :purple (128, 0, 128, 255)
  :fuchsia (255, 0, 255, 255)
  :magenta (255, 0, 255, 255)
  :pink (255, 192, 203, 255)
  :brown (165, 42, 42, 255)
}

fn color_of {
  "Turns a colour description into an (r, g, b, a) tuple: a keyword from \`colors\`, a gray level 0-255, (r, g, b) or (r, g, b, a)."
  (name as :keyword) -> match base :get (colors, name) with {
    nil -> panic! ("there is no colour called", show (name), "- the colours are", show (base :keys (colors)))
    rgba -> rgba
  }
  (gray as :number) -> (gray, gray, gray, 255)
  ((r as :number, g as :number, b as :number)) -> (r, g, b, 255)
  ((r as :number, g as :number, b as :number, a as :number)) -> (r, g, b, a)
  (other) -> panic! ("a colour is a keyword like :red, a gray level, (r, g, b) or (r, g, b, a), not", show (other))
}

fn forward! {
  "Moves the turtle forward by a number of steps, drawing a line if the pen is down."
  (steps as :number) -> base :turtle! ("forward", [steps])
}

fn back! {
  "Moves the turtle backwards by a number of steps, drawing a line if the pen is down."
  (steps as :number) -> base :turtle! ("back", [steps])
}

fn left! {
  "Turns the turtle left (counterclockwise) by a number of turns: left! (0.25) is a quarter turn."
  (turns as :number) -> base :turtle! ("left", [turns])
}

fn right! {
  "Turns the turtle right (clockwise) by a number of turns: right! (0.25) is a quarter turn."
  (turns as :number) -> base :turtle! ("right", [turns])
}

fn penup! {
  "Lifts the pen: the turtle moves without drawing."
  () -> base :turtle! ("penup", [])
}

fn pendown! {
  "Puts the pen down: the turtle draws as it moves."
  () -> base :turtle! ("pendown", [])
}

fn pencolor! {
  "Sets the pen colour: a keyword from \`colors\`, a gray level 0-255, (r, g, b) or (r, g, b, a)."
  (color) -> {
    let (r, g, b, a) = color_of (color)
    base :turtle! ("pencolor", [r, g, b, a])
  }
}

fn penwidth! {
  "Sets the width of the pen, in steps."
  (width as :number) -> base :turtle! ("penwidth", [width])
}

fn background! {
  "Sets the background colour of the drawing (like pencolor!)."
  (color) -> {
    let (r, g, b, a) = color_of (color)
    base :turtle! ("background", [r, g, b, a])
  }
}

fn home! {
  "Sends the turtle back to the centre, heading up; draws a line if the pen is down."
  () -> base :turtle! ("home", [])
}

fn clear! {
  "Erases everything this turtle drew and sends it home."
  () -> base :turtle! ("clear", [])
}

fn goto! {
  "Moves the turtle to a point, given as x and y or as an (x, y) tuple; draws if the pen is down."
  (x as :number, y as :number) -> base :turtle! ("goto", [x, y])
  ((x as :number, y as :number)) -> base :turtle! ("goto", [x, y])
}

fn hideturtle! {
  "Hides the turtle (its lines stay)."
  () -> base :turtle! ("hideturtle", [])
}

fn showturtle! {
  "Shows the turtle."
  () -> base :turtle! ("showturtle", [])
}

let fd! = forward!
let bk! = back!
let lt! = left!
let rt! = right!
let pu! = penup!
let pd! = pendown!
let pc! = pencolor!
let pw! = penwidth!
let bg! = background!

fn turtle_state {
  "The state of this process's turtle: a dict of :position :heading :pendown? :pencolor :penwidth :visible?"
  () -> base :turtle_state ()
}

fn position {
  "Where this process's turtle is, as an (x, y) tuple."
  () -> turtle_state () :position
}

fn heading {
  "Which way this process's turtle points, in turns (0 is up, 0.25 is right)."
  () -> turtle_state () :heading
}

fn pendown? {
  "Is this process's turtle's pen down?"
  () -> turtle_state () :pendown?
}

fn pencolor {
  "The colour of this process's turtle's pen, as (r, g, b, a)."
  () -> turtle_state () :pencolor
}

fn penwidth {
  "The width of this process's turtle's pen."
  () -> turtle_state () :penwidth
}
`});var is,os,Wn=O(()=>{is=class{#e=[];#t=null;#s=0;#n=0;takenId=0;get length(){return this.#n-this.#s}#r(e){return e<256?this.#e:this.#t[(e>>8)-1]}push(e,t){let n=this.#n++,r=this.#e;if(n>=256){let i=this.#t??=[],l=(n>>8)-1;l===i.length&&i.push(new Array(256*2).fill(null)),r=i[l]}let a=(n&255)<<1;r[a]=e,r[a+1]=t}at(e){let t=this.#s+e;return t<this.#n?this.#r(t)[(t&255)<<1]:void 0}idAt(e){let t=this.#s+e;return t<this.#n?this.#r(t)[((t&255)<<1)+1]:-1}take(e){let t=this.#s,n=t+e,r=this.#r(n),a=(n&255)<<1,i=r[a];for(this.takenId=r[a+1];n>t;n--){let o=this.#r(n-1),u=(n-1&255)<<1;r[a]=o[u],r[a+1]=o[u+1],r=o,a=u}r[a]=null;let l=this.#s=t+1;if(l===this.#n)this.#s=0,this.#n=0;else if(l===256){let o=this.#t;this.#e=o.shift(),o.length===0&&(this.#t=null),this.#s=0,this.#n-=256}return i}toArray(e=1/0){let t=[],n=Math.min(this.#n,this.#s+e);for(let r=this.#s;r<n;r++)t.push(this.#r(r)[(r&255)<<1]);return t}clear(){this.#e=[],this.#t=null,this.#s=0,this.#n=0}},os=new is});var $e,ee,ie,Bn,Gn,ls,Bo,Go,Jn,Ct,je=O(()=>{le();Wn();$e=Symbol("suspend"),ee=class s extends ne{id;proc;final;constructor(e,t){super(),this.id=e,this.proc=t,this.final=null}typeKeyword(){return P.pid}showName(){return`<pid ${this.id}>`}sameAs(e){return e instanceof s&&e.id===this.id}},ie=class extends ne{value;name;id;proc;history;constructor(e,t){super(),this.value=t,this.name=e,this.id=it(),this.proc=null,this.history=[]}typeKeyword(){return P.box}showName(){return"box { "}shownInside(){return this.value}},Bn=Object.freeze([]),Gn=Object.freeze([]),ls=class{closure;ip;base;argc;tailProto;tailIp;tailCalls;packed;constructor(e,t,n){this.closure=e,this.ip=0,this.base=t,this.argc=n,this.tailProto=null,this.tailIp=0,this.tailCalls=0,this.packed=!1}},Bo=[null,null,null,null,null,null,null,null],Go=[null],Jn=class{name=null;error=null;links=null;monitors=null;monitoring=null;tracers=null;hostSink=null;wakeAt=0;turtle=null;box=null;spawnFile=null;spawnLine=0},Ct=class{id;pid;status;stack;sp;frames;fp;mailbox;reductions;result;parent;spawnProto;spawnIp;messagesIn;messagesOut;lastReceived;lastLogged;lastSentTo;pending;charge;work;sliceReds;slot;kernel;#e;constructor(e,t,n){this.id=e,this.pid=new ee(e,this),this.status="runnable",this.stack=Bn,this.sp=0,this.frames=Gn,this.fp=0,this.mailbox=os,this.reductions=0,this.result=null,this.parent=n,this.spawnProto=null,this.spawnIp=0,this.messagesIn=0,this.messagesOut=0,this.lastReceived=0,this.lastLogged=0,this.lastSentTo=null,this.pending=null,this.charge=0,this.work=null,this.sliceReds=0,this.slot=-1,this.kernel=t,this.#e=null}#t(){return this.#e??=new Jn}get name(){return this.#e===null?null:this.#e.name}set name(e){this.#t().name=e}get error(){return this.#e===null?null:this.#e.error}set error(e){this.#t().error=e}get links(){return this.#e===null?null:this.#e.links}set links(e){this.#t().links=e}get monitors(){return this.#e===null?null:this.#e.monitors}set monitors(e){this.#t().monitors=e}get monitoring(){return this.#e===null?null:this.#e.monitoring}set monitoring(e){this.#t().monitoring=e}get tracers(){return this.#e===null?null:this.#e.tracers}set tracers(e){this.#t().tracers=e}get hostSink(){return this.#e===null?null:this.#e.hostSink}set hostSink(e){this.#t().hostSink=e}get wakeAt(){return this.#e===null?0:this.#e.wakeAt}set wakeAt(e){this.#t().wakeAt=e}get turtle(){return this.#e===null?null:this.#e.turtle}set turtle(e){this.#t().turtle=e}get box(){return this.#e===null?null:this.#e.box}set box(e){this.#t().box=e}start(e,t=[]){let n=Bo.slice();n[0]=e;for(let a=0;a<t.length;a++)n[1+a]=t[a];this.stack=n,this.sp=1+t.length;let r=Go.slice();r[0]=new ls(e,1,t.length),this.frames=r,this.fp=1}get spawnFile(){let e=this.#t();return e.spawnFile===null&&(e.spawnFile=this.spawnProto?this.spawnProto.chunk.source.name:"",this.spawnProto&&(e.spawnLine=this.spawnProto.chunk.positionAt(this.spawnIp).line)),e.spawnFile}set spawnFile(e){this.#t().spawnFile=e}get spawnLine(){return this.spawnFile,this.#t().spawnLine}set spawnLine(e){this.spawnFile,this.#t().spawnLine=e}settle(e){this.stack[this.sp-1]=e}mailboxForDelivery(){let e=this.mailbox;return e===os?this.mailbox=new is:e}get alive(){return this.status!=="done"&&this.status!=="panicked"}}});function La(s){return s instanceof H?s.proto.name??"anonymous":s instanceof Xe?La(s.fn):s instanceof ne&&s.typeKeyword()===P.fn?s.showName().slice(3):"anonymous"}function Bs(s){return s instanceof H||s instanceof G||s instanceof ne&&s.typeKeyword()===P.fn}var H,Xe,Js,qe=O(()=>{le();H=class extends ne{proto;captures;globals;id;constructor(e,t,n){super(),this.proto=e,this.captures=t,this.globals=n,this.id=it()}typeKeyword(){return P.fn}showName(){return"fn "+(this.proto.name??"anonymous")}},Xe=class extends ne{fn;args;hole;id;constructor(e,t,n){super(),this.fn=e,this.args=t,this.hole=n,this.id=it()}typeKeyword(){return P.fn}showName(){return"fn "+La(this.fn)}};Js=class{value;name;constructor(e){this.value=void 0,this.name=e}}});function us(s,e){e>Tt&&(s.charge+=e/Tt|0)}function N(s,e){return typeof s!="number"&&K(`\`${e}\` needs a number, but got ${C(s)}`),s}function fe(s,e){return typeof s!="string"&&K(`\`${e}\` needs a string, but got ${C(s)}`),s}function Ca(s,e){return s instanceof $||K(`\`${e}\` needs a list, but got ${C(s)}`),s}function Gs(s,e){return s instanceof J?s.dict:(s instanceof q||K(`\`${e}\` needs a dict, but got ${C(s)}`),s)}function Pt(s,e){return s instanceof G||K(`\`${e}\` needs a keyword, but got ${C(s)}`),s}function ds(s){return cs.test(s)?Array.from(s):s.split("")}function Pa(s){if(!cs.test(s))return s.length;let e=0;for(let t of s)e++;return e}function Ia(s,e){if(s instanceof $)return s.toArray();if(s instanceof R)return s.items;K(`\`${e}\` needs a list or a tuple, but got ${C(s)}`)}function ht(s,e){if(s instanceof $)return s;if(s instanceof R)return s.items;K(`\`${e}\` needs a list or a tuple, but got ${C(s)}`)}function*Yn(s,e){for(let t=0;t<s.length;){let n=Math.min(s.length,t+I),r=s.charCodeAt(n-1);n<s.length&&r>=55296&&r<=56319&&n++,e(ds(s.slice(t,n))),yield n-t,t=n}}function*Vn(s){if(s.length<=I)return $.from(ds(s));let e=new Ne;return yield*Yn(s,t=>e.pushAll(t)),e.build()}function*Vo(s){let e=s.length;if(e<=I)return s.sort(Vs),yield e*Math.max(1,Math.log2(e+1)),s;let t=!0;for(let a=1;a<e&&t;a++)t=Vs(s[a-1],s[a])<=0,(a&I-1)===0&&(yield I);if(t)return s;for(let a=0;a<e;a+=I){let i=s.slice(a,a+I).sort(Vs);for(let l=0;l<i.length;l++)s[a+l]=i[l];yield i.length*10}let n=s,r=new Array(e);for(let a=I;a<e;a*=2){for(let i=0;i<e;i+=2*a){let l=Math.min(e,i+a),o=Math.min(e,i+2*a),u=i,p=l,m=i;for(;m<o;)r[m++]=p>=o||u<l&&Vs(n[u],n[p])<=0?n[u++]:n[p++],(m&I-1)===0&&(yield I)}[n,r]=[r,n]}return n}function Vs(s,e){if(typeof s=="number"&&typeof e=="number")return s-e;if(typeof s=="string"&&typeof e=="string")return s<e?-1:s>e?1:0;if(s instanceof G&&e instanceof G)return s.name<e.name?-1:s.name>e.name?1:0;K(`\`sort\` can only compare numbers with numbers, strings with strings and keywords with keywords, not ${C(s)} with ${C(e)}`)}function Qs(s){if(s instanceof H){let e=s.proto,t=[e.name??"fn anonymous"];return e.clauses.length>0&&t.push(e.clauses.join(`
`)),t.push(e.doc??"No documentation available."),t.join(`
`)}return s instanceof Se?`${s.name}
${s.doc||"A built-in function."}`:s instanceof Xe?`${Qs(s.fn)}
(partially applied)`:`${C(s)} is not a function: no documentation`}function T(s,e,t,n,r=""){s.set(e,new Se(e,t,n,r))}function te(s,e,t,n,r){T(s,e,t,(a,i)=>{if(r!==void 0){let u=r(a,i);if(u!==void 0)return u}let l=n(a,i),o=0;for(;;){let u=l.next();if(u.done)return us(i,o),u.value;if(o+=u.value,o>=Pn)return us(i,o),i.work=new Ts(l),$e}})}function Oa(){let s=new Map;return T(s,"type",[1],([e])=>ge(e)),te(s,"eq?",[2],function*([e,t]){let n=e,r=t;for(let a=0;a<n.size;a+=I){let i=n.slice(a,a+I).toArray(),l=r.slice(a,a+I).toArray();for(let o=0;o<i.length;o++)if(!ve(i[o],l[o]))return!1;yield i.length}return!0},([e,t])=>Yt(e,t)?void 0:ve(e,t)),te(s,"show",[1],function*([e]){return yield*Qt(e)},([e])=>typeof e=="object"&&e!==null?void 0:C(e)),te(s,"string",[1],function*([e]){return yield*Qt(e)},([e])=>typeof e=="object"&&e!==null?void 0:_e(e)),T(s,"doc",[1],([e])=>Qs(e)),T(s,"fn_name",[1],([e])=>e instanceof H?e.proto.name:e instanceof Se?e.name:null),T(s,"add",[2],([e,t])=>N(e,"add")+N(t,"add")),T(s,"sub",[2],([e,t])=>N(e,"sub")-N(t,"sub")),T(s,"mult",[2],([e,t])=>N(e,"mult")*N(t,"mult")),T(s,"div",[2],([e,t])=>(N(t,"div")===0&&K("division by zero","`div/0` gives 0 instead, and `div/safe` a result: (:ok, q) or (:err, why)"),N(e,"div")/t)),T(s,"mod",[2],([e,t])=>{let n=N(e,"mod"),r=N(t,"mod");return r===0&&K("division by zero in `mod`"),n-r*Math.floor(n/r)}),T(s,"pow",[2],([e,t])=>Math.pow(N(e,"pow"),N(t,"pow"))),T(s,"floor",[1],([e])=>Math.floor(N(e,"floor"))),T(s,"ceil",[1],([e])=>Math.ceil(N(e,"ceil"))),T(s,"round",[1],([e])=>Math.round(N(e,"round"))),T(s,"trunc",[1],([e])=>Math.trunc(N(e,"trunc"))),T(s,"sqrt",[1],([e])=>Math.sqrt(N(e,"sqrt"))),T(s,"abs",[1],([e])=>Math.abs(N(e,"abs"))),T(s,"sin",[1],([e])=>Math.sin(N(e,"sin"))),T(s,"cos",[1],([e])=>Math.cos(N(e,"cos"))),T(s,"tan",[1],([e])=>Math.tan(N(e,"tan"))),T(s,"atan/2",[2],([e,t])=>Math.atan2(N(e,"atan/2"),N(t,"atan/2"))),T(s,"lt?",[2],([e,t])=>N(e,"lt?")<N(t,"lt?")),T(s,"gt?",[2],([e,t])=>N(e,"gt?")>N(t,"gt?")),T(s,"lte?",[2],([e,t])=>N(e,"lte?")<=N(t,"lte?")),T(s,"gte?",[2],([e,t])=>N(e,"gte?")>=N(t,"gte?")),T(s,"random",[0],(e,t)=>t.kernel.random()),T(s,"to_number",[1],([e])=>{let t=fe(e,"to_number").trim().replace(/_/g,"");return/^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(t)?Number(t):null}),T(s,"int?",[1],([e])=>typeof e=="number"&&Number.isInteger(e)),T(s,"count",[1],([e])=>{if(e instanceof $)return e.size;if(e instanceof R)return e.items.length;if(typeof e=="string")return Pa(e);if(e instanceof q||e instanceof V)return e.map.size;if(e instanceof J)return e.dict.map.size;K(`\`count\` needs a collection or a string, but got ${C(e)}`)}),T(s,"at",[2],([e,t])=>{let n=N(t,"at");if(!Number.isInteger(n))return null;if(e instanceof $)return e.get(n)??null;if(e instanceof R)return e.items[n]??null;if(typeof e=="string")return cs.test(e)?ds(e)[n]??null:n>=0&&n<e.length?e[n]:null;K(`\`at\` needs a list, a tuple or a string, but got ${C(e)}`)}),T(s,"append",[2],([e,t])=>{let n=Ca(e,"append");if(n.size>=Z.maxCollectionSize)throw ut();return n.append(t)}),T(s,"prepend",[2],([e,t])=>Ca(e,"prepend").prepend(t)),te(s,"concat",[2],function*([e,t]){if(e instanceof $&&t instanceof $){if(e.size+t.size>Z.maxCollectionSize)throw ut();if(e.size<t.size){let r=new Ne;for(let a of[e,t])for(let i=0;i<a.size;i+=I){let l=a.slice(i,i+I).toArray();r.pushAll(l),yield l.length}return r.build()}let n=e;for(let r=0;r<t.size;r+=I){let a=t.slice(r,r+I);n=n.concat(a),yield a.size}return n}if(e instanceof V&&t instanceof V){let n=e;return yield*Vt(t.map.keys(),r=>{n=n.add(r)}),n}K(`\`concat\` needs two lists, two strings or two sets, but got ${C(e)} and ${C(t)}`)},([e,t],n)=>{if(typeof e=="string"&&typeof t=="string"){if(e.length+t.length>Z.maxStringLength)throw ts();return us(n,e.length+t.length>>4),e+t}if(e instanceof $&&t instanceof $&&(t.size<=I||e.size===0)){if(e.size+t.size>Z.maxCollectionSize)throw ut();return us(n,t.size),e.concat(t)}}),te(s,"slice",[3],function*([e,t,n]){let r=N(t,"slice"),a=N(n,"slice"),i=[],l=0;return yield*Yn(e,o=>{for(let u of o)l>=r&&l<a&&i.push(u),l++}),i.join("")},([e,t,n],r)=>{let a=N(t,"slice"),i=N(n,"slice");if(e instanceof $)return e.slice(Math.max(0,a),Math.max(a,i));if(e instanceof R)return us(r,i-a),$.from(e.items.slice(a,i));if(typeof e=="string")return cs.test(e)?e.length>I?void 0:ds(e).slice(a,i).join(""):e.slice(a,i);K(`\`slice\` needs a list, a tuple or a string, but got ${C(e)}`)}),T(s,"rest",[1],([e])=>{if(e instanceof $)return e.rest();if(e instanceof R)return $.from(e.items.slice(1));K(`\`rest\` needs a list or a tuple, but got ${C(e)}`)}),te(s,"to_list",[1],function*([e]){if(e instanceof $)return e;if(e instanceof R)return yield*Ue(e.items);if(e instanceof V)return yield*Ue(e.map.keysArray());if(e instanceof q||e instanceof J){let t=e instanceof J?e.dict:e,n=t.map.keysArray(),r=t.map.valuesArray(),a=[];for(let i=0;i<n.length;i++)a.push(new R([n[i],r[i]])),(i&I-1)===I-1&&(yield I);return yield*Ue(a)}return typeof e=="string"?yield*Vn(e):$.from([e])}),te(s,"to_tuple",[1],function*([e]){return new R(yield*In(ht(e,"tuple")))}),te(s,"to_set",[1],function*([e]){let t=Je;return yield*Vt(e instanceof V?e.map.keys():ht(e,"set"),n=>{t=t.add(n)}),t}),te(s,"to_dict",[1],function*([e]){if(e instanceof q)return e;if(e instanceof J)return e.dict;let t=be;return yield*Vt(ht(e,"dict"),n=>{(!(n instanceof R)||n.items.length!==2||!(n.items[0]instanceof G))&&K(`\`dict\` needs (key, value) pairs with keyword keys, but got ${C(n)}`),t=t.set(n.items[0],n.items[1])}),t}),T(s,"set_add",[2],([e,t])=>e.add(t)),T(s,"set_delete",[2],([e,t])=>e.delete(t)),T(s,"set_has?",[2],([e,t])=>e.has(t)),te(s,"list_has?",[2],function*([e,t]){let n=0;for(let r of ht(e,"contains?")){if(ve(t,r))return!0;++n===I&&(yield n,n=0)}return!1},([e,t])=>{if(e instanceof R)return e.items.some(r=>ve(t,r));if(!(e instanceof $)||e.size>I)return;let n=!1;return e.each(r=>{n||=ve(t,r)}),n}),te(s,"keys",[1],function*([e]){return yield*Ue(Gs(e,"keys").map.keysArray())}),te(s,"values",[1],function*([e]){return yield*Ue(Gs(e,"values").map.valuesArray())}),T(s,"get",[2],([e,t])=>e instanceof q?e.get(Pt(t,"get")):e instanceof J?e.dict.get(Pt(t,"get")):null),T(s,"assoc",[3],([e,t,n])=>Gs(e,"assoc").set(Pt(t,"assoc"),n)),T(s,"dissoc",[2],([e,t])=>Gs(e,"dissoc").delete(Pt(t,"dissoc"))),T(s,"has?",[2],([e,t])=>e instanceof q?e.map.has(Pt(t,"has?")):e instanceof J?e.dict.map.has(Pt(t,"has?")):!1),te(s,"range",[3],function*([e,t,n]){let r=N(e,"range"),a=N(t,"range"),i=N(n,"range");if(i===0&&K("`range` needs a step that is not 0"),Math.ceil((a-r)/i)>Z.maxCollectionSize)throw ut();let l=new Ne,o=[];for(let u=r;i>0?u<a:u>a;u+=i)o.push(u),o.length===I&&(l.pushAll(o),o=[],yield I);return l.pushAll(o),yield o.length,l.build()},([e,t,n])=>{let r=N(e,"range"),a=N(t,"range"),i=N(n,"range");if(i===0||!((a-r)/i<=I))return;let l=[];for(let o=r;i>0?o<a:o>a;o+=i)l.push(o);return $.from(l)}),te(s,"reverse",[1],function*([e]){if(typeof e=="string"){let r=[];return yield*Yn(e,a=>r.push(a.reverse().join(""))),r.reverse().join("")}let t=ht(e,"reverse"),n=new Ne;if(t instanceof $)for(let r=t.size;r>0;r-=I){let a=t.slice(Math.max(0,r-I),r).toArray().reverse();n.pushAll(a),yield a.length}else{for(let r=t.length-1;r>=0;r--)n.push(t[r]);yield t.length}return n.build()}),te(s,"sort",[1],function*([e]){let t=yield*In(ht(e,"sort"));return yield*Ue(yield*Vo(t))}),te(s,"chars",[1],function*([e]){return yield*Vn(fe(e,"chars"))},([e])=>typeof e=="string"&&e.length<=I?$.from(ds(e)):void 0),te(s,"split",[2],function*([e,t]){let n=fe(e,"split"),r=fe(t,"split");if(r==="")return yield*Vn(n);let a=[],i=0,l=0;for(let o=n.indexOf(r);o>=0;o=n.indexOf(r,i))a.push(n.slice(i,o)),i=o+r.length,++l===I&&(yield l,l=0);return a.push(n.slice(i)),yield l,yield*Ue(a)}),te(s,"join",[2],function*([e,t]){let n=fe(t,"join"),r=[],a=0;yield*Vt(ht(e,"join"),l=>{let o=_e(l);if(a+=o.length+(r.length>0?n.length:0),a>Z.maxStringLength)throw ts();r.push(o)});let i="";for(let l=0;l<r.length;l+=I)i+=(l>0?n:"")+r.slice(l,l+I).join(n),yield Math.min(I,r.length-l);return i}),T(s,"trim",[1],([e])=>fe(e,"trim").trim()),T(s,"upcase",[1],([e])=>fe(e,"upcase").toUpperCase()),T(s,"downcase",[1],([e])=>fe(e,"downcase").toLowerCase()),T(s,"strip",[1],([e])=>fe(e,"strip").replace(Ma,"")),te(s,"words",[1],function*([e]){let t=fe(e,"words"),n=[];for(let r=0;r<t.length;){let a=Math.min(t.length,r+I);for(;a<t.length&&!/\s/.test(t[a]);)a++;for(let i of t.slice(r,a).replace(Ma," ").split(/\s+/))i!==""&&n.push(i);yield a-r,r=a}return yield*Ue(n)}),T(s,"index_of",[2],([e,t])=>{let n=fe(e,"index_of"),r=n.indexOf(fe(t,"index_of"));return r<0?null:cs.test(n)?Pa(n.slice(0,r)):r}),T(s,"pad_start",[3],([e,t,n])=>_e(e).padStart(N(t,"pad"),fe(n,"pad"))),T(s,"pad_end",[3],([e,t,n])=>_e(e).padEnd(N(t,"pad"),fe(n,"pad"))),te(s,"print!",[1],function*([e],t){let n=[];for(let r of Ia(e,"print!"))n.push(typeof r=="string"?r:yield*Qt(r));return t.kernel.print(t,n.join(" ")),P.ok},([e],t)=>{let n=Ia(e,"print!");if(!n.some(r=>typeof r=="object"&&r!==null))return t.kernel.print(t,n.map(_e).join(" ")),P.ok}),T(s,"unbox",[1],([e],t)=>(e instanceof ie||K(`\`unbox\` needs a box, but got ${C(e)}`),t.kernel.unbox(t,e))),T(s,"store!",[2],([e,t],n)=>(e instanceof ie||K(`\`store!\` needs a box, but got ${C(e)}`),n.kernel.store(n,e,t))),T(s,"self",[0],(e,t)=>t.pid),T(s,"spawn!",[1],([e],t)=>t.kernel.spawn(t,e)),T(s,"send!",[2],([e,t],n)=>(!(e instanceof ee)&&!(e instanceof ie)&&K(`\`send!\` needs a pid to send to, but got ${C(e)}`),n.kernel.send(n,e,t),t)),T(s,"link!",[1],([e],t)=>t.kernel.link(t,Ys(e,"link!"))),T(s,"monitor!",[1],([e],t)=>t.kernel.monitor(t,Ys(e,"monitor!"))),T(s,"sleep!",[1],([e],t)=>{let n=N(e,"sleep!");return Number.isFinite(n)||K(`\`sleep!\` needs a finite number of milliseconds, not ${C(e)}`),t.kernel.sleep(t,n)}),T(s,"yield!",[0],(e,t)=>t.kernel.yieldNow(t)),T(s,"alive?",[1],([e])=>{let t=Ys(e,"alive?").proc;return t!==null&&t.alive}),T(s,"name!",[1],([e],t)=>(t.name=_e(e),t.pid)),T(s,"budget",[0],(e,t)=>t.kernel.budget),T(s,"exit_of",[1],([e])=>{let n=Ys(e,"await!").final;return n===null?null:n.status==="done"?new R([P.ok,n.result]):new R([P.err,n.message??"panicked"])}),T(s,"turtle!",[2],([e,t],n)=>{let r=t instanceof $?t.toArray():[],a=[String(e)];for(let l of r)typeof l!="number"&&typeof l!="string"&&K(`turtle commands take numbers, but \`${e}\` got ${String(l)}`),typeof l=="number"&&!Number.isFinite(l)&&K(`the turtle cannot use ${l} (\`${e}\` needs a finite number)`),a.push(l);let i=n.kernel.turtleOf(n).apply(a);return i&&K(i),n.kernel.turtleMoved(n,a),P.ok}),T(s,"turtle_state",[0],(e,t)=>{let n=t.kernel.turtleOf(t);return Ee([[L("position"),new R([n.x,n.y])],[L("heading"),n.heading],[L("pendown?"),n.pendown],[L("pencolor"),new R([...n.color])],[L("penwidth"),n.width],[L("visible?"),n.visible]])}),s}function Ys(s,e){if(s instanceof ee)return s;if(s instanceof ie&&s.proc!==null)return s.proc.pid;K(`\`${e}\` needs a pid, but got ${C(s)}`)}function Na(s){let e=be;for(let[t,n]of s)e=e.set(L(t),n);return e}var cs,Ma,Qn=O(()=>{we();Kt();ct();Rt();Es();le();je();as();qe();cs=/[\uD800-\uDFFF]/;Ma=/[\p{P}\p{S}]/gu});function It(s,e){if(s instanceof ee)return s.proc??s;if(s instanceof ie&&s.proc!==null)return s.proc;K(`\`observe ${e}\` needs a pid or a box, but got ${C(s)}`)}function Mt(s){let e=s.current;return Ee([[M("pid"),s.pid],[M("name"),s.name],[M("status"),Yo[s.status]],[M("reductions"),s.reductions],[M("mailbox"),s.mailbox],[M("current"),e===null?null:Ee([[M("fn"),e.fn],[M("line"),e.line],[M("file"),e.file??"prelude"]])],[M("links"),$.from(s.links)],[M("monitors"),$.from(s.monitors)],[M("parent"),s.parent],[M("spawned_at"),s.spawnedAt===null?null:Ee([[M("file"),s.spawnedAt.file],[M("line"),s.spawnedAt.line]])],[M("messages_in"),s.messagesIn],[M("messages_out"),s.messagesOut],[M("memory"),s.memory]])}function Zo(s){return $.from(s.map(e=>{let t=[[M("fn"),e.fn],[M("line"),e.line],[M("file"),e.file],[M("args"),new R(e.args)]];return e.tailCalls>0&&t.push([M("tail_calls"),e.tailCalls]),Ee(t)}))}function e1(s){return Ee([[M("processes"),s.processes],[M("runnable"),s.runnable],[M("waiting"),s.waiting],[M("sleeping"),s.sleeping],[M("reductions"),s.reductions],[M("slices"),s.slices],[M("budget"),s.budget],[M("clock"),s.clock],[M("longest_slice"),s.longestSlice]])}function t1(s){return $.from(s.map(e=>Ee([[M("id"),e.id],[M("dir"),e.dir==="in"?Qo:Xo],[M("peer"),e.peer],[M("msg"),e.msg],[M("at"),e.at],[M("cause"),e.cause]])))}function s1(s){return $.from(s.history.map(e=>Ee([[M("value"),e.value],[M("at"),e.at],[M("time"),Math.round(e.time*1e3)/1e3],[M("by"),e.by]])))}function Da(){let s=new Map,e=(t,n,r)=>s.set(t,new Se(t,n,r));return e("observe_processes",[0],(t,n)=>{let r=[];for(let a of n.kernel.processes())r.push(a.pid);return $.from(r)}),e("observe_info",[1],([t],n)=>{let r=It(t,":info");return Mt(r instanceof ee?js(r):Ce(r,n))}),e("observe_stack",[1],([t])=>{let n=It(t,":stack");return n instanceof ee?De:Zo(Ve(n))}),e("observe_mailbox",[1],([t])=>{let n=It(t,":mailbox");return n instanceof ee?De:$.from(Et(n))}),e("observe_scheduler",[0],(t,n)=>e1(qs(n.kernel,n))),e("observe_messages",[2],([t,n],r)=>{let a=typeof n=="number"&&n>=0?Math.floor(n):100,i=It(t,":messages");return t1(r.kernel.messagesOf(i instanceof ee?i:i.pid,a))}),e("observe_trace",[1],([t],n)=>{let r=It(t,":trace!");return r instanceof ee?P.ok:((r.tracers??=new Set).add(n),P.ok)}),e("observe_untrace",[1],([t],n)=>{let r=It(t,":untrace!");return r instanceof ee?P.ok:(r.tracers?.delete(n),r.tracers?.size===0&&(r.tracers=null),P.ok)}),e("observe_top",[1],([t],n)=>{let r=typeof t=="number"?Math.max(0,Math.floor(t)):10;return $.from(_a(n.kernel,n).slice(0,r).map(a=>Mt(Ce(a,n))))}),e("observe_history",[1],([t])=>(t instanceof ie||K(`\`observe :history\` needs a box, but got ${C(t)}`),s1(t))),s}var M,Yo,Qo,Xo,Xs=O(()=>{we();le();as();ct();je();Qe();M=s=>L(s),Yo={running:M("running"),runnable:M("runnable"),waiting:M("waiting"),sleeping:M("sleeping"),done:M("done"),panicked:M("panicked")},Qo=M("in"),Xo=M("out")});function en(s,e,t){let n={analysis:e,opts:t,source:s.source,globalSlots:new Map},r=new Xn(n,null,e.fnScopes.get(s),s.span);return r.scriptBody(s),r.finish(null,null,[],s.span)}function Zs(s,e){switch(s.kind){case"pword":e.push(s);return;case"ptyped":Zs(s.inner,e);return;case"ptuple":case"plist":for(let t of s.items)Zs(t,e);s.rest?.name&&e.push(s.rest);return;case"pdict":for(let t of s.entries)Zs(t.pattern,e);s.rest?.name&&e.push(s.rest);return}}var Xn,Zn=O(()=>{Oe();re();$t();le();Xn=class s{ctx;parent;scope;code=[];starts=[];ends=[];consts=[];constIndex=new Map;locations=new Map;captures=[];captureIndex=new Map;captureIsCell=[];loops=[];depth=0;failDepth=new Map;span;constructor(e,t,n,r){this.ctx=e,this.parent=t,this.scope=n,this.span=r}emit(e,...t){let{start:n,end:r}=this.span;this.code.push(e),this.starts.push(n),this.ends.push(r);for(let a of t)this.code.push(a),this.starts.push(n),this.ends.push(r)}emitJump(e,...t){return this.emit(e,...t,-1),this.code.length-1}failAt(e,t){e.push(t),this.failDepth.set(t,this.depth)}truncateFails(e,t){this.patch(e),e.some(n=>(this.failDepth.get(n)??1/0)>t)&&this.emit(g.TRUNCATE,t)}here(){return this.code.length}patch(e,t=this.here()){if(typeof e=="number")this.code[e]=t;else for(let n of e)this.code[n]=t}constant(e){let t=e;typeof e=="number"?t=Object.is(e,-0)?"n:-0":e:typeof e=="string"&&(t="s:"+e);let n=this.constIndex.get(t);if(n!==void 0)return n;let r=this.consts.length;return this.consts.push(e),this.constIndex.set(t,r),r}freshConstant(e){return this.consts.push(e),this.consts.length-1}pushConst(e){e===null?this.emit(g.NIL):e===!0?this.emit(g.TRUE):e===!1?this.emit(g.FALSE):this.emit(g.CONST,this.constant(e)),this.depth++}at(e,t){let n=this.span;this.span=e;try{return t()}finally{this.span=n}}clauseText(e){let t="params"in e?e.params.span:e.pattern.span;return e.guard===null?this.text(t):`${this.text(t)} if ${this.text(e.guard.span)}`}text(e){return this.ctx.source.text.slice(e.start,e.end)}finish(e,t,n,r){let a=new He(this.code,this.consts,this.starts,this.ends,this.ctx.source);return new ye(e,t,n,a,this.captures,this.ctx.opts.isPrelude??!1,r)}binding(e){let t=this.ctx.analysis.bindings.get(e);if(!t)throw new Error("compiler: no binding recorded for a binding node");return t}globalSlot(e){let t=this.ctx.globalSlots.get(e);return t===void 0&&(t=this.ctx.opts.globals.define(e.name),this.ctx.globalSlots.set(e,t)),t}bindAt(e,t){if(e.toplevel)return this.emit(g.GLOBAL_FROM,this.globalSlot(e),t),!1;let n=this.locations.get(e);return n?.cell?(this.emit(g.CELL_FROM,n.slot,t),!1):(this.locations.set(e,{cell:!1,slot:t}),!0)}captureOf(e){let t=this.captureIndex.get(e);if(t!==void 0)return t;let n=this.parent;if(e.fn===n.scope){let a=n.locations.get(e);if(!a)throw new Error(`compiler: \`${e.name}\` has no location in the enclosing function`);this.captures.push(0,a.slot)}else this.captures.push(1,n.captureOf(e));let r=this.captureIndex.size;return this.captureIndex.set(e,r),r}loadRef(e){let t=this.ctx.analysis.refs.get(e);if(!t)throw new Error(`compiler: unresolved name \`${e.name}\``);this.at(e.span,()=>{switch(t.kind){case"self":this.emit(g.LOAD_SELF);break;case"global":this.emit(g.LOAD_GLOBAL,t.slot);break;case"prelude":{let n=this.ctx.opts.prelude.get(t.name);this.pushConst(n===void 0?null:n);return}case"binding":{let n=t.binding;if(n.toplevel)this.emit(g.LOAD_GLOBAL,this.globalSlot(n));else if(n.fn===this.scope){let r=this.locations.get(n);if(!r)throw new Error(`compiler: \`${n.name}\` has no location`);this.emit(r.cell?g.LOAD_CELL:g.LOAD,r.slot)}else{let r=this.captureOf(n);this.emit(n.needsCell?g.LOAD_CAPTURE_CELL:g.LOAD_CAPTURE,r)}break}}this.depth++})}preludeValue(e){let t=this.ctx.analysis.refs.get(e);if(t?.kind==="prelude")return this.ctx.opts.prelude.get(t.name)}scriptBody(e){let t=e.exprs;t.length===0&&this.pushConst(null);for(let n=0;n<t.length;n++){let r=n===t.length-1;this.statement(t[n],r?1:0,!1)}this.at(e.span,()=>this.emit(g.RETURN))}allocateCells(e){for(let t of e){let n=[];switch(t.kind){case"let":Zs(t.pattern,n);break;case"fn":t.name&&n.push(t);break;case"fndecl":case"box":case"pkg":case"import":n.push(t);break}for(let r of n){let a=this.ctx.analysis.bindings.get(r);!a||!a.needsCell||a.toplevel||this.locations.has(a)||(this.at(t.span,()=>this.emit(g.NEW_CELL,this.constant(a.name))),this.locations.set(a,{cell:!0,slot:this.depth}),this.depth++)}}}block(e,t){let n=this.depth;this.allocateCells(e.exprs);let r=e.exprs.length;for(let a=0;a<r;a++){let i=a===r-1;this.statement(e.exprs[a],i?1:0,i&&t)}this.depth-1>n&&this.at(e.span,()=>this.emit(g.MOVE_TOP,n)),this.depth=n+1}statement(e,t,n){this.at(e.span,()=>{switch(e.kind){case"let":{let r=this.depth;this.expr(e.value,!1);let a=[],i=this.pattern(e.pattern,r,a);if(a.length>0){let l=this.emitJump(g.JUMP);this.patch(a),this.emit(g.FAIL_LET,r,this.constant(this.text(e.pattern.span))),this.patch(l)}this.finishBinding(r,i,t);return}case"fn":if(e.name&&this.ctx.analysis.bindingFns.has(e)){let r=this.depth;this.fn(e);let a=this.bindAt(this.binding(e),r);this.finishBinding(r,a,t);return}break;case"fndecl":{let r=this.binding(e);r.toplevel&&this.globalSlot(r),t===1&&this.pushConst(null);return}case"box":{let r=this.depth;this.expr(e.value,!1),this.emit(g.BOX,this.constant(e.name));let a=this.bindAt(this.binding(e),r);this.finishBinding(r,a,t);return}case"pkg":{let r=this.depth,a=this.dictEntries(e.entries);a<0?this.emit(g.PKG,-1,this.constant(e.name)):this.emit(g.PKG,a,this.constant(e.name)),this.depth=r+1;let i=this.bindAt(this.binding(e),r);this.finishBinding(r,i,t);return}case"import":{let r=this.depth;this.emit(g.IMPORT,this.constant(e.path)),this.depth++;let a=this.bindAt(this.binding(e),r);this.finishBinding(r,a,t);return}case"test":this.ctx.opts.testMode&&this.test(e),t===1&&this.pushConst(null);return}this.expr(e,n),t===0&&(this.emit(g.POP),this.depth--)})}finishBinding(e,t,n){if(!t){n===1?(this.depth>e+1&&this.emit(g.TRUNCATE,e+1),this.depth=e+1):(this.emit(g.TRUNCATE,e),this.depth=e);return}n===1&&(this.emit(g.LOAD,e),this.depth++)}test(e){let t=this.ctx.analysis.fnScopes.get(e),n=new s(this.ctx,this,t,e.span);n.at(e.span,()=>{n.expr(e.body,!0),n.emit(g.RETURN)});let r=n.finish(`test "${e.name}"`,null,["()"],e.span);this.emit(g.TEST,this.constant(e.name),this.freshConstant(r))}expr(e,t){this.at(e.span,()=>this.exprInner(e,t))}exprInner(e,t){switch(e.kind){case"nil":this.pushConst(null);return;case"bool":this.pushConst(e.value);return;case"number":this.pushConst(e.value);return;case"keyword":this.pushConst(L(e.name));return;case"string":{if(e.parts.every(r=>typeof r=="string")){this.pushConst(e.parts.join(""));return}let n=this.depth;for(let r of e.parts)typeof r=="string"?this.pushConst(r):this.loadRef(r);this.emit(g.INTERP,e.parts.length),this.depth=n+1;return}case"word":this.loadRef(e);return;case"placeholder":throw new _("validation","misplaced `_`",this.ctx.source,e.span);case"tuple":{if(e.items.length===0){this.pushConst(Rs);return}let n=this.depth;for(let r of e.items)this.expr(r,!1);this.emit(g.TUPLE,e.items.length),this.depth=n+1;return}case"list":this.collection(e.items,g.LIST,g.LIST_APPEND,g.LIST_CONCAT,De);return;case"set":this.collection(e.items,g.SET,g.SET_ADD,g.SET_UNION,Je);return;case"dict":{let n=this.depth,r=this.dictEntries(e.entries);r>=0&&this.emit(g.DICT,r),this.depth=n+1;return}case"synthetic":this.synthetic(e,t);return;case"let":{let n=this.depth;this.expr(e.value,!1);let r=[];if(this.pattern(e.pattern,n,r),r.length>0){let a=this.emitJump(g.JUMP);this.patch(r),this.emit(g.FAIL_LET,n,this.constant(this.text(e.pattern.span))),this.patch(a)}this.depth>n+1&&this.emit(g.TRUNCATE,n+1),this.depth=n+1;return}case"block":this.block(e,t);return;case"if":{let n=this.depth,r=this.condJump(e.cond);this.expr(e.then,t);let a=-1;t?this.emit(g.RETURN):a=this.emitJump(g.JUMP),this.patch(r),this.depth=n,this.expr(e.else,t),a>=0&&this.patch(a),this.depth=n+1;return}case"iflet":{let n=this.depth;this.expr(e.value,!1);let r=[];this.pattern(e.pattern,n,r),this.emit(g.LOAD,n);let a=this.emitJump(g.JUMP_IF_FALSE);this.failAt(r,a),this.expr(e.then,t),this.emit(g.MOVE_TOP,n);let i=this.emitJump(g.JUMP);this.patch(r),this.emit(g.TRUNCATE,n),this.depth=n,this.expr(e.else,t),this.patch(i),this.depth=n+1;return}case"when":{let n=this.depth,r=[],a=!1;for(let i of e.clauses){this.depth=n;let l=null;if(i.test&&(l=this.condJump(i.test)),this.expr(i.body,t),t?this.emit(g.RETURN):r.push(this.emitJump(g.JUMP)),l)this.patch(l);else{a=!0;break}}a||this.emit(g.FAIL_WHEN),this.patch(r),this.depth=n+1;return}case"match":this.match(e,t);return;case"receive":this.receive(e,t);return;case"fn":this.fn(e);return;case"fndecl":this.pushConst(null);return;case"do":this.pipeline(e,t);return;case"loop":this.loop(e,t);return;case"recur":{let n=this.loops[this.loops.length-1],r=this.depth;for(let a of e.args.items)this.expr(a,!1);this.emit(g.RECUR,n.slot,n.arity,n.start),this.depth=r+1;return}case"repeat":{let n=this.depth;this.expr(e.count,!1),this.emit(g.REPEAT_INIT,n);let r=this.here(),a=this.emitJump(g.REPEAT_STEP,n);this.block(e.body,!1),this.emit(g.POP),this.emit(g.JUMP,r),this.patch(a),this.emit(g.TRUNCATE,n),this.emit(g.NIL),this.depth=n+1;return}case"panic":this.expr(e.value,!1),this.emit(g.PANIC);return;case"box":case"pkg":case"import":case"test":{let n=this.depth;this.statement(e,1,!1),this.depth>n+1&&this.emit(g.MOVE_TOP,n),this.depth=n+1;return}}}collection(e,t,n,r,a){let i=this.depth;if(e.every(l=>l.kind!=="splat")){if(e.length===0){this.pushConst(a);return}for(let l of e)this.expr(l,!1);this.emit(t,e.length),this.depth=i+1;return}this.pushConst(a);for(let l of e)l.kind==="splat"?(this.expr(l.value,!1),this.at(l.span,()=>this.emit(r))):(this.expr(l,!1),this.emit(n)),this.depth=i+1}dictEntries(e){let t=this.depth;if(e.every(n=>n.kind!=="splat")){if(e.length===0)return 0;for(let n of e)this.pushConst(L(n.key)),this.expr(n.value,!1);return e.length}this.pushConst(be);for(let n of e)n.kind==="splat"?(this.expr(n.value,!1),this.at(n.span,()=>this.emit(g.DICT_MERGE))):(this.pushConst(L(n.key)),this.expr(n.value,!1),this.emit(g.DICT_PUT)),this.depth=t+1;return-1}synthetic(e,t){let n=this.depth,r=e.tail,a=0,i=!1;if(e.root.kind==="keyword"){let l=L(e.root.name),o=r[0];o.kind==="args"?(this.expr(o.items[0],!1),this.emit(g.GET_KEY,this.constant(l)),a=1):this.pushConst(l)}else{let l=e.root,o=this.preludeValue(l);for(;o!==void 0&&a<r.length&&r[a].kind==="keyword";){let m=L(r[a].name);if(o instanceof q)o=o.get(m);else if(o instanceof J)o=o.dict.get(m);else break;a++}let u=r[a],p=l.kind==="word"&&a===0&&this.ctx.opts.fastOps!==!1&&o!==void 0&&r.length===1&&u.kind==="args"&&!u.items.some(m=>m.kind==="placeholder")?Tn.get(l.name):void 0;if(p&&p.argc===u.items.length){if(this.superOp(p,u.items,o,e.span))return;for(let m of u.items)this.expr(m,!1);this.at(e.span,()=>this.emit(p.op,this.constant(o))),this.depth=n+1;return}if(o!==void 0)this.pushConst(o);else{this.loadRef(l);let m=l.kind==="word"?this.ctx.analysis.refs.get(l):void 0;i=a===0&&m?.kind==="binding"&&!m.binding.toplevel&&this.ctx.opts.fastOps!==!1}}for(;a<r.length;a++){let l=r[a],o=a===r.length-1;if(l.kind==="keyword"){this.at(l.span,()=>this.emit(g.GET_KEY,this.constant(L(l.name)))),i=!1;continue}this.callArgs(l,o&&t,e.span,null,i),i=!1}this.depth=n+1}callArgs(e,t,n,r,a=!1){let i=this.depth,l=e.items.findIndex(o=>o.kind==="placeholder");for(let o of e.items)o.kind==="placeholder"?r!==null&&(this.emit(g.LOAD,r),this.depth++):this.expr(o,!1);this.at(n,()=>{l>=0&&r===null?this.emit(g.PARTIAL,e.items.length,l):this.emit(t?g.TAIL_CALL:a?g.CALL_VALUE:g.CALL,e.items.length)}),this.depth=i}operand(e){switch(e.kind){case"number":case"bool":return{k:this.constant(e.value)};case"nil":return{k:this.constant(null)};case"string":return e.parts.every(t=>typeof t=="string")?{k:this.constant(e.parts.join(""))}:null;case"keyword":return{k:this.constant(L(e.name))};case"word":{let t=this.ctx.analysis.refs.get(e);if(t?.kind!=="binding")return null;let n=t.binding;if(n.toplevel||n.fn!==this.scope)return null;let r=this.locations.get(n);return r&&!r.cell?{slot:r.slot}:null}}return null}superOp(e,t,n,r){if(this.ctx.opts.fastOps===!1||t.length===0)return!1;let a=this.operand(t[0]);if(!a||!("slot"in a))return!1;let i=this.constant(n);if(t.length===1&&e.s!==void 0){let u=e.s;return this.at(r,()=>this.emit(u,a.slot,i)),this.depth++,!0}if(t.length!==2||e.ss===void 0||e.sk===void 0)return!1;let l=this.operand(t[1]);if(!l)return!1;let o="slot"in l?e.ss:e.sk;return this.at(r,()=>this.emit(o,a.slot,"slot"in l?l.slot:l.k,i)),this.depth++,!0}condJump(e){if(this.ctx.opts.fastOps!==!1&&e.kind==="synthetic"&&e.root.kind==="word"&&e.tail.length===1&&e.tail[0].kind==="args"&&e.tail[0].items.length===2){let r=Tn.get(e.root.name),a=this.preludeValue(e.root);if(r?.ssJf!==void 0&&r.skJf!==void 0&&a!==void 0){let i=this.operand(e.tail[0].items[0]),l=this.operand(e.tail[0].items[1]);if(i&&l&&"slot"in i){let o=this.constant(a),u="slot"in l?r.ssJf:r.skJf,p=this.at(e.span,()=>this.emitJump(u,i.slot,"slot"in l?l.slot:l.k,o)),m=this.at(e.span,()=>this.emitJump(g.JUMP_IF_FALSE));return[p,m]}}}let t=this.depth;this.expr(e,!1);let n=this.emitJump(g.JUMP_IF_FALSE);return this.depth=t,[n]}pipeline(e,t){let n=this.depth;this.expr(e.first,!1);let r=e.steps.length;for(let a=0;a<r;a++){let i=e.steps[a],l=a===r-1;this.at(i.span,()=>{if(i.kind==="keyword"){this.emit(g.GET_KEY,this.constant(L(i.name)));return}if(i.kind==="synthetic"){let o=i.tail[i.tail.length-1];if(o.kind==="args"&&o.items.some(u=>u.kind==="placeholder")){let u=i.tail.length===1?i.root:{...i,tail:i.tail.slice(0,-1)};u.kind==="keyword"?this.pushConst(L(u.name)):this.expr(u,!1),this.callArgs(o,l&&t,i.span,n),this.emit(g.MOVE_TOP,n),this.depth=n+1;return}}this.expr(i,!1),this.emit(g.SWAP),this.emit(l&&t?g.TAIL_CALL:g.CALL,1),this.depth=n+1})}this.depth=n+1}fn(e){let t=this.ctx.analysis.fnScopes.get(e),n=new s(this.ctx,this,t,e.span);n.clauses(e.clauses,null);let r=n.finish(e.name,e.doc,e.clauses.map(a=>this.clauseText(a)),e.span);this.emit(g.CLOSURE,this.freshConstant(r)),this.depth++}clauses(e,t){if(t===null){this.fnClauses(e);return}let n=e.some(o=>o.params.rest!==null),r=0,a=-1;if(t){if(r=t.slot,a=t.arity,n){for(let o=0;o<a;o++)this.emit(g.LOAD,r+o);this.emit(g.TUPLE,a)}}else n&&this.emit(g.PACK_ARGS);let i=t?t.slot+t.arity+(n?1:0):n?1:0,l=[];for(let o of e)this.at(o.span,()=>{let u=o.params.items.length,p=-1,m=i;!n&&!t&&(p=this.emitJump(g.ARITY_EQ,u),m=u),this.depth=m;let c=[];if(n)this.pattern(o.params,t?t.slot+t.arity:0,c);else for(let b=0;b<u;b++)this.pattern(o.params.items[b],r+b,c);if(o.guard){this.expr(o.guard,!1);let b=this.emitJump(g.JUMP_IF_FALSE);this.depth--,this.failAt(c,b)}this.expr(o.body,t===null?!0:this.loopTail),t?(this.emit(g.MOVE_TOP,t.slot),l.push(this.emitJump(g.JUMP))):this.emit(g.RETURN),c.length>0&&this.truncateFails(c,m),p>=0&&this.patch(p)});t?(this.emit(g.FAIL_LOOP,t.slot,t.arity,this.freshConstant(e.map(o=>this.clauseText(o)))),this.patch(l),this.depth=t.slot+1):this.emit(g.FAIL_FN)}fnClauses(e){for(let t of e)this.at(t.span,()=>{let n=t.params.items.length,r=t.params.rest!==null,a=[],i,l;if(r)i=this.emitJump(g.ARITY_MIN,n),this.emit(g.PACK_ARGS),l=1,this.depth=1,this.pattern(t.params,0,a);else{i=this.emitJump(g.ARITY_EQ,n),l=n,this.depth=n;for(let o=0;o<n;o++)this.pattern(t.params.items[o],o,a)}if(t.guard){this.expr(t.guard,!1);let o=this.emitJump(g.JUMP_IF_FALSE);this.depth--,this.failAt(a,o)}this.expr(t.body,!0),this.emit(g.RETURN),a.length>0&&(r?(this.patch(a),this.emit(g.UNPACK_ARGS)):this.truncateFails(a,l)),this.patch(i)});this.emit(g.FAIL_FN)}loopTail=!1;loop(e,t){let n=this.depth;for(let i of e.args.items)this.expr(i,!1);let r={slot:n,arity:e.args.items.length,start:this.here()};this.loops.push(r);let a=this.loopTail;this.loopTail=t,this.clauses(e.clauses,r),this.loopTail=a,this.loops.pop(),this.depth=n+1}match(e,t){let n=this.depth;this.expr(e.value,!1);let r=[];for(let a of e.clauses)this.at(a.span,()=>{this.depth=n+1;let i=[];if(this.pattern(a.pattern,n,i),a.guard){this.expr(a.guard,!1);let l=this.emitJump(g.JUMP_IF_FALSE);this.depth--,this.failAt(i,l)}this.expr(a.body,t),t?this.emit(g.RETURN):(this.emit(g.MOVE_TOP,n),r.push(this.emitJump(g.JUMP))),i.length>0&&this.truncateFails(i,n+1)});this.emit(g.FAIL_MATCH,n,this.freshConstant(e.clauses.map(a=>this.clauseText(a)))),this.patch(r),this.depth=n+1}receive(e,t){let n=this.depth;this.emit(g.RECV_START);let r=this.here();this.emit(g.RECV_PEEK,n);let a=[];for(let i of e.clauses)this.at(i.span,()=>{this.depth=n+2;let l=[];if(this.pattern(i.pattern,n+1,l),i.guard){this.expr(i.guard,!1);let o=this.emitJump(g.JUMP_IF_FALSE);this.depth--,this.failAt(l,o)}this.emit(g.RECV_TAKE,n),this.expr(i.body,t),this.emit(g.MOVE_TOP,n),a.push(this.emitJump(g.JUMP)),l.length>0&&this.truncateFails(l,n+2)});this.emit(g.TRUNCATE,n+1),this.emit(g.RECV_SKIP,n,r),this.patch(a),this.depth=n+1}pattern(e,t,n){return this.at(e.span,()=>this.patternInner(e,t,n))}patternInner(e,t,n){switch(e.kind){case"pwild":case"pignored":return!1;case"pword":return this.bindAt(this.binding(e),t);case"pliteral":{let r=e.value,a=r!==null&&typeof r=="object"?L(r.keyword):r;return this.failAt(n,this.emitJump(g.MATCH_EQ,t,this.constant(a))),!1}case"ptyped":return this.failAt(n,this.emitJump(g.MATCH_TYPE,t,this.constant(L(e.type)))),this.pattern(e.inner,t,n);case"ptuple":case"plist":{let r=e.items.length,a=e.kind==="ptuple",i=e.rest?a?g.MATCH_TUPLE_MIN:g.MATCH_LIST_MIN:a?g.MATCH_TUPLE:g.MATCH_LIST;this.failAt(n,this.emitJump(i,t,r));let l=!1;for(let o=0;o<r;o++){let u=e.items[o];if(u.kind==="pwild"||u.kind==="pignored")continue;if(u.kind==="pliteral"){let m=this.depth;this.emit(g.PUSH_ELEM,t,o),this.depth++,this.pattern(u,m,n);continue}let p=this.depth;this.at(u.span,()=>this.emit(g.PUSH_ELEM,t,o)),this.depth++,this.pattern(u,p,n)&&(l=!0)}if(e.rest?.name){let o=this.depth;this.at(e.rest.span,()=>this.emit(g.PUSH_REST,t,r)),this.depth++,this.bindAt(this.binding(e.rest),o)&&(l=!0)}return l}case"pdict":{this.failAt(n,this.emitJump(g.MATCH_DICT,t));let r=!1;for(let a of e.entries){let i=this.depth;this.failAt(n,this.at(a.span,()=>this.emitJump(g.PUSH_KEY,t,this.constant(L(a.key))))),this.depth++,this.pattern(a.pattern,i,n)&&(r=!0)}if(e.rest?.name){let a=this.depth,i=e.entries.map(l=>L(l.key));this.at(e.rest.span,()=>this.emit(g.PUSH_DICT_REST,t,this.freshConstant(i))),this.depth++,this.bindAt(this.binding(e.rest),a)&&(r=!0)}return r}}}}});function Ze(s){return s>=b1&&s<=g1}function tr(s){return s>=Fa&&s<=Ka}function sr(s){return s>=Fa&&s<=Ka||s>=v1&&s<=_1}function Pe(s){return sr(s)||Ze(s)||s===hs||s===m1||s===y1||s===o1||s===h1}function R1(s,e){let t=s.codePointAt(e)??0,n=String.fromCodePoint(t),r="U+"+t.toString(16).toUpperCase().padStart(4,"0");return t<32||t===127?`${r} (a control character)`:t===160?`\`${n}\` (a non-breaking space, ${r})`:t>126&&/\s/u.test(n)?`\`${n}\` (an unusual space, ${r})`:`\`${n}\``}function Wa(s,e){return(s.codePointAt(e)??0)>65535?2:1}function Ja(s){let e=s.text,t=e.length,n=[],r=(l,o,u,p)=>{throw new _("syntax",l,s,{start:o,end:Math.max(u,o)},{hint:p})},a=(l,o,u)=>{n.push({kind:l,span:{start:o,end:u}})},i=t>0&&e.charCodeAt(0)===A1?1:0;for(;i<t;){let l=e.charCodeAt(i);switch(l){case i1:case a1:i++;continue;case tn:i+1<t&&e.charCodeAt(i+1)===fs?(n.push({kind:"newline",value:`
`,span:{start:i,end:i+2}}),i+=2):i++;continue;case fs:n.push({kind:"newline",value:`
`,span:{start:i,end:i+1}}),i++;continue;case w1:n.push({kind:"newline",value:";",span:{start:i,end:i+1}}),i++;continue;case c1:for(;i<t&&e.charCodeAt(i)!==fs&&e.charCodeAt(i)!==tn;)i++;continue;case d1:a("(",i,++i);continue;case f1:a(")",i,++i);continue;case S1:a("[",i,++i);continue;case $1:a("]",i,++i);continue;case ps:a("{",i,++i);continue;case Ha:a("}",i,++i);continue;case p1:a(",",i,++i);continue;case k1:a("=",i,++i);continue;case Ua:a(">",i,++i);continue;case l1:if(e.charCodeAt(i+1)===ps){a("#{",i,i+2),i+=2;continue}r("unexpected character `#`; a dict is written `#{:key value}`",i,i+1);continue;case u1:if(e.charCodeAt(i+1)===ps){a("${",i,i+2),i+=2;continue}r("unexpected character `$`; a set is written `${a, b}`",i,i+1);continue;case pt:if(e.charCodeAt(i+1)===pt&&e.charCodeAt(i+2)===pt){a("...",i,i+3),i+=3;continue}if(Pe(e.charCodeAt(i-1))&&tr(e.charCodeAt(i+1))){let u=i,p=i+1;for(;u>0&&Pe(e.charCodeAt(u-1));)u--;for(;p<t&&Pe(e.charCodeAt(p));)p++;let m=e.slice(u,i),c=e.slice(i+1,p);r("unexpected character `.`",i,i+1,`Ludus has no \`.\` to reach into a value: the value at the key :${c} is \`${m} :${c}\` (or \`get (:${c}, ${m})\`)`)}r("unexpected character `.`; a splat is written with three dots, as in `...xs`",i,i+1);continue;case qa:{let u=e.charCodeAt(i+1);if(u===Ua){a("->",i,i+2),i+=2;continue}if(Ze(u)){i=ja(e,i,n,r);continue}r("unexpected character `-`: Ludus has no operators, so a `-` must be directly followed by a digit, as in `-1` (use `sub` or `neg` to subtract or negate)",i,i+1);continue}case er:i=L1(s,i,n,r);continue;case x1:{let u=i;if(!sr(e.charCodeAt(i+1))){let p=i>0&&Pe(e.charCodeAt(i-1));r("a `:` must be directly followed by a keyword name, as in `:ok`"+(p?"; a dict is written `#{:a 1, :b 2}`, its keys keywords":""),i,i+1)}for(i+=2;i<t&&Pe(e.charCodeAt(i));)i++;n.push({kind:"keyword",value:e.slice(u+1,i),span:{start:u,end:i}});continue}case hs:{let u=i;for(i++;i<t&&Pe(e.charCodeAt(i));)i++;i===u+1?a("placeholder",u,i):n.push({kind:"ignored",value:e.slice(u,i),span:{start:u,end:i}});continue}default:break}if(Ze(l)){i=ja(e,i,n,r);continue}if(sr(l)){let u=i;for(i++;i<t&&Pe(e.charCodeAt(i));)i++;let p=e.slice(u,i),m=tr(l)?r1.get(p):void 0;m!==void 0?a(m,u,i):n.push({kind:"word",value:p,span:{start:u,end:i}});continue}let o=n1[e[i]];r(`unexpected character ${R1(e,i)}`+(o?`: Ludus has no operators; call a function instead, as in \`${o}\``:""),i,i+Wa(e,i))}return n.push({kind:"eof",span:{start:t,end:t}}),n}function ja(s,e,t,n){let r=s.length,a=e;s.charCodeAt(a)===qa&&a++;let i=e===a?"":"-",l=a;for(;a<r;){let o=s.charCodeAt(a);if(Ze(o))a++;else if(o===hs)i+=s.slice(l,a),a++,l=a;else break}if(i+=s.slice(l,a),s.charCodeAt(a)===pt)if(Ze(s.charCodeAt(a+1))){for(l=a,a++;a<r;){let o=s.charCodeAt(a);if(Ze(o))a++;else if(o===hs)i+=s.slice(l,a),a++,l=a;else break}if(i+=s.slice(l,a),s.charCodeAt(a)===pt&&Ze(s.charCodeAt(a+1))){let o=a;for(;o<r;){let u=s.charCodeAt(o);if(Ze(u)||u===pt||u===hs)o++;else break}n(`\`${s.slice(e,o)}\` is not a number: a number has at most one decimal point`,e,o)}}else s.charCodeAt(a+1)!==pt&&n(`a decimal point must be followed by a digit: write \`${s.slice(e,a)}.0\` or \`${s.slice(e,a)}\``,e,a+1);if(a<r&&Pe(s.charCodeAt(a))){let o=a;for(;o<r&&Pe(s.charCodeAt(o));)o++;n(`\`${s.slice(e,o)}\` is neither a number nor a name (names start with a lower-case letter); put a space or a comma after a number`,e,o)}return t.push({kind:"number",value:Number(i),span:{start:e,end:a}}),a}function E1(s,e){let t=s.indexOf("}",e),n=s.indexOf(`
`,e),r=s.indexOf('"',e);if(t<0||n>=0&&n<t||r>=0&&r<t)return;let a=s.slice(e+1,t).trim(),i=s[e-1]==="$"?"no `$` is needed before `{`; ":"";return/^[a-z][a-zA-Z0-9_/?!*]*$/.test(a)?`${i}write \`{${a}}\`${i?"":", with no spaces"}`:a===""||a.length>60?i?i.slice(0,-2):void 0:`${i}bind the value to a name first, as in \`let value = ${a}\`, then write \`{value}\``}function L1(s,e,t,n){let r=s.text,a=r.length,i=[],l="",o=e+1,u=o;for(;;){o>=a&&n('this string is never closed: it needs a `"` at its end',e,e+1);let p=r.charCodeAt(o);if(p===er){l+=r.slice(u,o),l!==""&&i.push(l),o++;break}if(p===za){l+=r.slice(u,o),o+1>=a&&n('this string is never closed: it needs a `"` at its end',e,e+1);let m=r.charCodeAt(o+1);switch(m){case 110:l+=`
`;break;case 116:l+="	";break;case er:l+='"';break;case za:l+="\\";break;case ps:l+="{";break;default:{let c=Wa(r,o+1),b=m===fs||m===tn?"`\\` at the end of a line":`\`\\${r.slice(o+1,o+1+c)}\``;n(`unknown escape ${b} in a string; the escapes are \\n, \\t, \\", \\\\ and \\{`,o,o+1+c)}}o+=2,u=o;continue}if(p===ps){l+=r.slice(u,o);let m=o+1;if(tr(r.charCodeAt(m))){for(m++;m<a&&Pe(r.charCodeAt(m));)m++;if(r.charCodeAt(m)===Ha){l!==""&&i.push(l),l="",i.push({name:r.slice(o+1,m),span:{start:o+1,end:m}}),o=m+1,u=o;continue}}n(T1,o,Math.min(m+1,a),E1(r,o))}if(p===tn&&r.charCodeAt(o+1)===fs){l+=r.slice(u,o)+`
`,o+=2,u=o;continue}o++}return t.push({kind:"string",value:i,span:{start:e,end:o}}),o}var nr,n1,r1,a1,fs,tn,i1,o1,er,l1,u1,c1,d1,f1,h1,p1,qa,pt,m1,b1,g1,x1,w1,k1,Ua,y1,v1,_1,S1,za,$1,hs,Fa,Ka,ps,Ha,A1,T1,Ba=O(()=>{re();nr=["as","box","do","else","false","fn","if","import","let","loop","match","nil","panic!","pkg","receive","recur","repeat","test","then","true","use","when","with"],n1={"+":"add (1, 2)","*":"mult (2, 3)","/":"div (6, 3)","%":"mod (7, 3)","<":"lt? (1, 2)","^":"pow (2, 8)"},r1=new Map(nr.map(s=>[s,s])),a1=9,fs=10,tn=13,i1=32,o1=33,er=34,l1=35,u1=36,c1=38,d1=40,f1=41,h1=42,p1=44,qa=45,pt=46,m1=47,b1=48,g1=57,x1=58,w1=59,k1=61,Ua=62,y1=63,v1=65,_1=90,S1=91,za=92,$1=93,hs=95,Fa=97,Ka=122,ps=123,Ha=125,A1=65279;T1="only a name may go between { and } in a string; use \\{ for a brace"});function et(s){let e=M1(s);return P1(e,()=>{let t=[];for(mt(e);S(e).kind!=="eof";){Ae.has(S(e).kind)&&rr(e,S(e)),t.push(Y(e));let n=S(e);n.kind==="newline"?mt(e):n.kind!=="eof"&&rr(e,n)}return{kind:"script",exprs:t,source:s,span:{start:0,end:s.text.length}}})}function P1(s,e){try{return e()}catch(t){throw t instanceof RangeError?new _("syntax","this expression nests too deeply for Ludus to read",s.source,S(s).span):t}}function I1(){return`this expression nests too deeply (more than ${Ya} levels)`}function M1(s){return{source:s,tokens:Ja(s),pos:0,depth:0}}function S(s){return s.tokens[s.pos]}function Qa(s,e){return s.tokens[Math.min(s.pos+e,s.tokens.length-1)]}function A(s){let e=s.tokens[s.pos];return e.kind!=="eof"&&s.pos++,e}function Xa(s){return s.pos>0?s.tokens[s.pos-1].span.end:0}function W(s,e){return{start:e,end:Math.max(e,Xa(s))}}function nn(s){return s.kind==="newline"&&s.value===`
`}function he(s){for(;nn(s.tokens[s.pos]);)s.pos++}function mt(s){for(;s.tokens[s.pos].kind==="newline";)s.pos++}function Za(s,e){let t="span"in e?e.span:e;return s.source.position(t.start).line}function Q(s,e){switch(e.kind){case"eof":return"the end of the file";case"newline":return e.value===";"?"`;`":"the end of the line";case"string":return"a string";default:{let t=s.source.text.slice(e.span.start,e.span.end);return t.length>40&&(t=t.slice(0,37)+"..."),`\`${t}\``}}}function z(s,e,t=S(s).span){throw new _("syntax",e,s.source,t)}function pe(s,e,t){let n=S(s);return n.kind!==e&&z(s,`expected ${t}, found ${Q(s,n)}`),A(s)}function N1(s,e,t){return!/[\n;]/.test(s.source.text.slice(e.span.end,t.span.start))}function rr(s,e){if(Ae.has(e.kind)){let a=e.kind===")"?"(":e.kind==="]"?"[":"{";z(s,`unexpected \`${e.kind}\`: there is no \`${a}\` for it to close`,e.span)}let t=`expected a newline or \`;\` after this expression, found ${Q(s,e)}`,n=s.tokens[s.pos-1],r=e.kind==="="?"a name is bound with `let x = ...`, once; for a value that changes, use a box (`box b = 0`, then `store! (b, 1)`)":e.kind==="["&&n?.span.end===e.span.start?"to take an item of a list, call `at (xs, 0)` (or `first (xs)`); Ludus has no indexing":n?.kind==="word"&&n.value==="return"?"Ludus has no `return`: a function's value is the value of its last expression":n?.kind==="word"&&(n.value==="while"||n.value==="for")?`Ludus has no \`${n.value}\` loops: repeat with \`loop\` and \`recur\`, \`repeat\`, a recursive function, or \`each!\`/\`map\` over a list`:e.kind==="word"&&e.value==="end"?"Ludus has no `end`: an `if` ends with its `else` branch, and a block is written `{ ... }`":n?.kind==="word"&&O1.has(e.kind)&&N1(s,n,e)?`to call \`${n.value}\`, put its arguments in parentheses: \`${n.value} (${s.source.text.slice(e.span.start,e.span.end).slice(0,30)}${e.span.end-e.span.start>30?"...":""})\``:null;throw new _("syntax",t,s.source,e.span,r?{hint:r}:{})}function gs(s,e,t){let n=S(s);z(s,`expected \`${t}\` to close the \`${D1(s,e)}\` on line ${Za(s,e)}, found ${Q(s,n)}`,n.span)}function D1(s,e){return s.source.text.slice(e.span.start,e.span.end)}function ei(s){++s.depth>Ya&&z(s,I1())}function bt(s,e){let t=S(s);C1.has(t.kind)&&z(s,`\`${t.kind}\` is a reserved word, so it cannot be used as a name`),z(s,`expected ${e}, found ${Q(s,t)}`)}function Ot(s,e,t){let n=e.value.charCodeAt(0);n>=97&&n<=122||z(s,`${t} must start with a lower-case letter, not \`${e.value}\` (only package names are capitalised)`,e.span)}function an(s,e,t){let n=e.value,r="";for(let a of n)typeof a!="string"&&z(s,`${t} cannot contain {\u2026}; use \\{ for a brace`,e.span),r+=a;return r}function Nt(s,e,t,n){let r=A(s);for(;;){let a=S(s);for(;a.kind===","||nn(a);)s.pos++,a=S(s);if(a.kind===e){A(s);break}a.kind==="newline"&&Ga(s,t),(a.kind==="eof"||Ae.has(a.kind))&&gs(s,r,e),n(),a=S(s),!(a.kind===","||nn(a)||a.kind===e)&&(a.kind==="newline"&&Ga(s,t),(a.kind==="eof"||Ae.has(a.kind))&&gs(s,r,e),z(s,`expected \`,\` or \`${e}\` after this item, found ${Q(s,a)}`))}return{start:r.span.start,end:Xa(s)}}function Ga(s,e){z(s,`found \`;\` inside ${e}: items there are separated by \`,\` or new lines`)}function ti(s){let e=[],t=Nt(s,")","a tuple",()=>{S(s).kind==="..."&&z(s,"a tuple cannot contain a splat `...`; splats go in lists, sets and dicts"),e.push(Y(s))});return{kind:"tuple",items:e,span:t}}function si(s){let e=[],t=Nt(s,")","the arguments",()=>{S(s).kind==="..."&&z(s,"arguments cannot be splatted with `...`; pass the list itself instead"),e.push(Y(s))});return{kind:"args",items:e,span:t}}function ni(s){let e=A(s),t=S(s);return t.kind!=="word"&&z(s,`a splat \`...\` must be directly followed by a name, as in \`...xs\`; found ${Q(s,t)}`),A(s),{kind:"splat",value:{kind:"word",name:t.value,span:t.span},span:W(s,e.span.start)}}function Va(s,e){let t=[],n=Nt(s,e==="list"?"]":"}",`a ${e}`,()=>{t.push(S(s).kind==="..."?ni(s):Y(s))});return{kind:e,items:t,span:n}}function ri(s,e){let t=[],n=Nt(s,"}",e,()=>{let r=S(s);if(r.kind==="...")t.push(ni(s));else if(r.kind==="keyword"){A(s);let a=S(s);(a.kind===","||a.kind==="newline"||a.kind==="}"||a.kind==="eof")&&z(s,`expected a value after \`:${r.value}\` in ${e}, found ${Q(s,a)}`);let i=Y(s);t.push({kind:"entry",key:r.value,value:i,span:W(s,r.span.start)})}else if(r.kind==="word"){A(s);let a=S(s);a.kind!==","&&a.kind!=="newline"&&a.kind!=="}"&&a.kind!=="eof"&&!Ae.has(a.kind)&&z(s,`expected \`,\` or \`}\` after \`${r.value}\`, found ${Q(s,a)} (a key is written as a keyword, as in \`:${r.value} value\`; a name alone, \`${r.value}\`, means \`:${r.value} ${r.value}\`)`);let i={kind:"word",name:r.value,span:r.span};t.push({kind:"entry",key:r.value,value:i,span:r.span})}else bt(s,`\`:key value\`, a name or \`...name\` in ${e}`)});return{entries:t,span:n}}function Y(s){ei(s);let e=U1(s);return s.depth--,e}function U1(s){let e=S(s);switch(e.kind){case"nil":return A(s),{kind:"nil",span:e.span};case"true":case"false":return A(s),{kind:"bool",value:e.kind==="true",span:e.span};case"number":return A(s),{kind:"number",value:e.value,span:e.span};case"string":return A(s),{kind:"string",parts:e.value.slice(),span:e.span};case"keyword":return A(s),rn(s,{kind:"keyword",name:e.value,span:e.span});case"word":return A(s),rn(s,{kind:"word",name:e.value,span:e.span});case"placeholder":return A(s),{kind:"placeholder",span:e.span};case"ignored":return z(s,`\`${e.value}\` starts with \`_\`, so it is an ignored name: it can appear in patterns but cannot be used as a value`);case"(":return ti(s);case"[":return Va(s,"list");case"${":return Va(s,"set");case"#{":{let{entries:t,span:n}=ri(s,"a dict");return{kind:"dict",entries:t,span:n}}case"{":return ai(s);case"let":return z1(s);case"if":return j1(s);case"when":return q1(s);case"match":return K1(s);case"fn":return H1(s);case"do":return W1(s);case"loop":return J1(s);case"recur":return A(s),S(s).kind!=="("&&z(s,`expected \`(\` with the new values after \`recur\`, found ${Q(s,S(s))}`),{kind:"recur",args:si(s),span:W(s,e.span.start)};case"repeat":return B1(s);case"box":return G1(s);case"pkg":return V1(s);case"import":return Y1(s);case"test":{A(s);let t=pe(s,"string","the test's name in quotes after `test`"),n=an(s,t,"a test name"),r=Y(s);return{kind:"test",name:n,body:r,span:W(s,e.span.start)}}case"receive":return A(s),{kind:"receive",clauses:ii(s,"receive",ar),span:W(s,e.span.start)};case"panic!":{A(s);let t=S(s);return(t.kind==="newline"||t.kind==="eof"||Ae.has(t.kind)||t.kind===",")&&z(s,`expected a value after \`panic!\`, such as a message, found ${Q(s,t)}`),{kind:"panic",value:Y(s),span:W(s,e.span.start)}}case"use":return z(s,'`use` is not part of this Ludus; use `import "path" as name`');default:return z(s,`expected an expression, found ${Q(s,e)}`)}}function rn(s,e){let t=null;for(;;){let n=S(s);if(n.kind==="(")(t??=[]).push(si(s));else if(n.kind==="keyword")A(s),(t??=[]).push({kind:"keyword",name:n.value,span:n.span});else break}return t===null?e:{kind:"synthetic",root:e,tail:t,span:W(s,e.span.start)}}function ai(s){let e=A(s),t=[];for(mt(s),S(s).kind==="}"&&(A(s),z(s,"a block `{ }` must contain at least one expression (for an empty dict write `#{}`)",W(s,e.span.start))),S(s).kind==="eof"&&gs(s,e,"}");;){t.push(Y(s));let n=S(s);if(n.kind==="newline"?(mt(s),n=S(s)):n.kind!=="}"&&n.kind!=="eof"&&!Ae.has(n.kind)&&rr(s,n),n.kind==="}"){A(s);break}(n.kind==="eof"||Ae.has(n.kind))&&gs(s,e,"}")}return{kind:"block",exprs:t,span:W(s,e.span.start)}}function z1(s){let e=A(s),t=xs(s);pe(s,"=","`=` after the pattern of `let`"),he(s);let n=Y(s);return{kind:"let",pattern:t,value:n,span:W(s,e.span.start)}}function j1(s){let e=A(s),t=null,n;if(S(s).kind==="let"&&(A(s),t=xs(s),pe(s,"=","`=` after the pattern of `if let`"),he(s)),n=Y(s),he(s),S(s).kind==="=")throw new _("syntax","expected `then` after the condition of `if`, found `=`",s.source,S(s).span,{hint:"to compare two values, call `eq? (a, b)`; Ludus has no operators"});pe(s,"then","`then` after the condition of `if`"),he(s);let r=Y(s);he(s),S(s).kind!=="else"&&z(s,`expected \`else\` after the \`then\` branch of the \`if\` on line ${Za(s,e)} (an \`if\` needs both branches), found ${Q(s,S(s))}`),A(s),he(s);let a=Y(s),i=W(s,e.span.start);return t!==null?{kind:"iflet",pattern:t,value:n,then:r,else:a,span:i}:{kind:"if",cond:n,then:r,else:a,span:i}}function on(s,e,t,n=null){let r=A(s),a=[];for(mt(s),n!==null&&S(s).kind==="string"&&(n.value=an(s,A(s),"a docstring"),mt(s));;){let i=S(s);if(i.kind==="}"){a.length===0&&(A(s),z(s,`\`${e}\` needs at least one clause between \`{\` and \`}\``,W(s,r.span.start))),A(s);break}(i.kind==="eof"||Ae.has(i.kind))&&gs(s,r,"}"),a.push(t(s)),i=S(s),i.kind==="newline"?mt(s):i.kind!=="}"&&i.kind!=="eof"&&!Ae.has(i.kind)&&z(s,`expected a newline or \`;\` after this clause, found ${Q(s,i)}`)}return a}function ii(s,e,t){return S(s).kind!=="{"&&z(s,`expected \`{\` with the clauses of \`${e}\`, found ${Q(s,S(s))}`),on(s,e,t)}function q1(s){let e=A(s);return{kind:"when",clauses:ii(s,"when",F1),span:W(s,e.span.start)}}function F1(s){let e=S(s),t;(e.kind==="else"||e.kind==="placeholder")&&Qa(s,1).kind==="->"?(A(s),t=null):t=Y(s),pe(s,"->","`->` after the test of this `when` clause"),he(s);let n=Y(s);return{test:t,body:n,span:W(s,e.span.start)}}function K1(s){let e=A(s),t=Y(s);pe(s,"with","`with` after the value of `match`"),he(s);let n=S(s).kind==="{"?on(s,"match",ar):[ar(s)];return{kind:"match",value:t,clauses:n,span:W(s,e.span.start)}}function ar(s){let e=S(s),t=e.span.start,n;e.kind==="else"&&Qa(s,1).kind==="->"?(A(s),n={kind:"pwild",span:e.span}):n=xs(s);let r=null;S(s).kind==="if"?(A(s),r=Y(s),pe(s,"->","`->` after the guard of this clause")):pe(s,"->","`->` after the pattern of this clause"),he(s);let a=Y(s);return{pattern:n,guard:r,body:a,span:W(s,t)}}function bs(s){let e=S(s);e.kind!=="("&&z(s,`expected \`(\` to start the parameters of a function clause, found ${Q(s,e)}`);let t=ci(s),n=null;S(s).kind==="if"?(A(s),n=Y(s),pe(s,"->","`->` after the guard of this clause")):pe(s,"->","`->` after the parameters of this clause"),he(s);let r=Y(s);return{params:t,guard:n,body:r,span:W(s,e.span.start)}}function H1(s){let e=A(s),t=null,n=S(s);if(n.kind==="word"){Ot(s,n,"a function name"),A(s),t=n.value;let l=S(s);if(l.kind==="newline"||l.kind==="eof"||l.kind===","||Ae.has(l.kind))return{kind:"fndecl",name:t,span:W(s,e.span.start)}}let r={value:null},a,i=S(s);if(i.kind==="{")a=on(s,"fn",bs,r);else if(i.kind==="(")a=[bs(s)];else if(i.kind==="string")r.value=an(s,A(s),"a docstring"),he(s),a=[bs(s)];else return t===null?bt(s,"a name, `(` or `{` after `fn`"):z(s,`expected \`(\`, \`{\` or a docstring after \`fn ${t}\`, found ${Q(s,i)}`);return{kind:"fn",name:t,doc:r.value,clauses:a,span:W(s,e.span.start)}}function W1(s){let e=A(s),t=Y(s),n=[];for(;;){let r=s.pos;for(;nn(s.tokens[r]);)r++;if(s.tokens[r].kind!==">")break;s.pos=r+1,he(s),n.push(Y(s))}return n.length===0&&z(s,`expected \`>\` after the first value of \`do\`, found ${Q(s,S(s))}`),{kind:"do",first:t,steps:n,span:W(s,e.span.start)}}function J1(s){let e=A(s);S(s).kind!=="("&&z(s,`expected \`(\` with the starting values after \`loop\`, found ${Q(s,S(s))}`);let t=ti(s);pe(s,"with","`with` after the starting values of `loop`"),he(s);let n=S(s).kind==="{"?on(s,"loop",bs):[bs(s)];return{kind:"loop",args:t,clauses:n,span:W(s,e.span.start)}}function B1(s){let e=A(s),t=S(s),n;if(t.kind==="number")A(s),n={kind:"number",value:t.value,span:t.span};else if(t.kind==="word")A(s),n=rn(s,{kind:"word",name:t.value,span:t.span});else if(t.kind==="keyword")A(s),n=rn(s,{kind:"keyword",name:t.value,span:t.span});else return z(s,`expected a number or a name after \`repeat\`, found ${Q(s,t)}`);S(s).kind!=="{"&&z(s,`expected \`{\` to start the body of \`repeat\`, found ${Q(s,S(s))}`);let r=ai(s);return{kind:"repeat",count:n,body:r,span:W(s,e.span.start)}}function G1(s){let e=A(s);S(s).kind!=="word"&&bt(s,"a name after `box`");let t=A(s);Ot(s,t,"a box name"),pe(s,"=",`\`=\` after \`box ${t.value}\``),he(s);let n=Y(s);return{kind:"box",name:t.value,nameSpan:t.span,value:n,span:W(s,e.span.start)}}function V1(s){let e=A(s);S(s).kind!=="word"&&bt(s,"a package name after `pkg`");let t=A(s);S(s).kind!=="{"&&z(s,`expected \`{\` after \`pkg ${t.value}\`, found ${Q(s,S(s))}`);let{entries:n}=ri(s,"a package");return{kind:"pkg",name:t.value,nameSpan:t.span,entries:n,span:W(s,e.span.start)}}function Y1(s){let e=A(s),t=pe(s,"string","a path in quotes after `import`"),n=an(s,t,"an import path");pe(s,"as","`as` after the path of `import`"),S(s).kind!=="word"&&bt(s,"a name after `as`");let r=A(s);return Ot(s,r,"a module name"),{kind:"import",path:n,name:r.value,nameSpan:r.span,span:W(s,e.span.start)}}function xs(s){ei(s);let e=Q1(s);return s.depth--,S(s).kind==="as"&&z(s,"only a name or `_` can have a type with `as`, as in `x as :number`"),e}function Q1(s){let e=S(s);switch(e.kind){case"placeholder":return A(s),sn(s,{kind:"pwild",span:e.span});case"ignored":return A(s),sn(s,{kind:"pignored",name:e.value,span:e.span});case"word":return Ot(s,e,"a name"),A(s),sn(s,{kind:"pword",name:e.value,span:e.span});case"nil":return A(s),ms(null,e.span);case"true":case"false":return A(s),ms(e.kind==="true",e.span);case"number":return A(s),ms(e.value,e.span);case"keyword":return A(s),ms({keyword:e.value},e.span);case"string":{A(s);let t="";for(let n of e.value)typeof n!="string"&&z(s,"string patterns with {\u2026} are not supported; match the whole string",e.span),t+=n;return ms(t,e.span)}case"(":return ci(s);case"[":{let{items:t,rest:n,span:r}=ui(s,"]","a list pattern");return{kind:"plist",items:t,rest:n,span:r}}case"#{":return X1(s);case"...":return z(s,"a splat `...` may only stand last inside a tuple, list or dict pattern");default:return bt(s,"a pattern")}}function ms(s,e){return{kind:"pliteral",value:s,span:e}}function sn(s,e){if(S(s).kind!=="as")return e;A(s);let t=S(s);return t.kind!=="keyword"&&z(s,`expected a type keyword such as \`:number\` after \`as\`, found ${Q(s,t)}`),A(s),{kind:"ptyped",inner:e,type:t.value,span:{start:e.span.start,end:t.span.end}}}function oi(s){let e=A(s),t=S(s),n=null;return t.kind==="word"?(Ot(s,t,"a name"),A(s),n=t.value):(t.kind==="placeholder"||t.kind==="ignored")&&A(s),{name:n,span:W(s,e.span.start)}}function li(s,e){z(s,"a splat `...` must be the last item of a pattern",e.span)}function ui(s,e,t){let n=[],r=null,a=Nt(s,e,t,()=>{r!==null&&li(s,r),S(s).kind==="..."?r=oi(s):n.push(xs(s))});return{items:n,rest:r,span:a}}function ci(s){let{items:e,rest:t,span:n}=ui(s,")","a tuple pattern");return{kind:"ptuple",items:e,rest:t,span:n}}function X1(s){let e=[],t=null,n="a dict pattern",r=Nt(s,"}",n,()=>{t!==null&&li(s,t);let a=S(s);if(a.kind==="...")t=oi(s);else if(a.kind==="keyword"){A(s);let i=S(s);(i.kind===","||i.kind==="newline"||i.kind==="}"||i.kind==="eof")&&z(s,`expected a pattern after \`:${a.value}\` in ${n}, found ${Q(s,i)}`);let l=xs(s);e.push({key:a.value,pattern:l,span:W(s,a.span.start)})}else if(a.kind==="word"){Ot(s,a,"a name"),A(s);let i=sn(s,{kind:"pword",name:a.value,span:a.span});e.push({key:a.value,pattern:i,span:W(s,a.span.start)})}else bt(s,`\`:key pattern\`, a name or \`...rest\` in ${n}`)});return{kind:"pdict",entries:e,rest:t,span:r}}var Ya,C1,Ae,O1,ws=O(()=>{re();Ba();Ya=1e3,C1=new Set(nr),Ae=new Set([")","]","}"]);O1=new Set(["number","string","word"])});function or(s,e,t,n="this function"){let r=lr(s,n);return Z1(r,e,t)??(s===null?null:s0(s,e,t))??n0(e,t)??e0(r,e,t)}function lr(s,e="this function"){return s===null?e:`\`${s}\``}function Z1(s,e,t){let n=e.map(cr);if(n.some(u=>u===null)||n.some(u=>di(u,t.length)))return null;let r=new Set,a=[];for(let u of n)u.splat?a.push(u.params.length-1):r.add(u.params.length);let i=[...r].sort((u,p)=>u-p).map(String);a.length>0&&i.push(`${Math.min(...a)} or more`);let l=i.length===1?i[0]:null,o=l==="0"?"no arguments":`${ur(i)} ${l==="1"?"argument":"arguments"}`;return`${s} takes ${o}, not ${t.length}`}function e0(s,e,t){let n=e.map(cr);if(n.some(a=>a===null))return null;let r=n.filter(a=>di(a,t.length));if(r.length===0)return null;for(let a=0;a<t.length;a++){let i=[],l=!1;for(let p of r){let m=p.splat&&a>=p.params.length-1?null:p.params[a];if(m===null||hr(m,t[a])!==!1){l=!0;break}let c=fi(m);if(c===null){l=!0;break}i.includes(c)||i.push(c)}if(l)continue;let o=t.length===1?"its argument":`its ${hi(a)} argument`,u=t[a];return`${s} takes ${ur(i)} as ${o}, not ${C(u,{truncate:40})} (a :${ge(u).name})`}return null}function di(s,e){return s.splat?e>=s.params.length-1:e===s.params.length}function fi(s){let e=ln.exec(s);if(e)return`a :${e[1]}`;if(fr.test(s))return s;let t=pr(s);return t===null?null:`a :${t}`}function ur(s){return s.length<=1?s.join(""):`${s.slice(0,-1).join(", ")} or ${s[s.length-1]}`}function hi(s){return t0[s]??`${s+1}th`}function s0(s,e,t){if(t.length!==2)return null;let n=[t[1],t[0]];if(!e.some(a=>pi(a,n)===!0))return null;let r=a=>C(a,{truncate:40});return`the two arguments may be the wrong way round: try ${s} (${r(n[0])}, ${r(n[1])})`}function n0(s,e){let t=e.find(r=>r instanceof ie);if(t===void 0)return null;let n=e.map(r=>r instanceof ie?r.value:r);return s.some(r=>pi(r,n)===!0)?`\`${t.name}\` is a box, not the ${ge(t.value).name} it holds: \`unbox (${t.name})\` is its value`:null}function pi(s,e){let t=cr(s);if(t===null)return null;let{params:n,splat:r}=t,a=r?n.length-1:n.length;if(r?e.length<a:e.length!==a)return!1;let i=t.guarded||r?null:!0;for(let l=0;l<a;l++){let o=hr(n[l],e[l]);if(o===!1)return!1;o===null&&(i=null)}return i}function cr(s){return ir(s.trim(),"(")}function ir(s,e){if(!s.startsWith(e))return null;let t=[],n=0,r="",a=-1;for(let u=e.length-1;u<s.length&&a<0;u++){let p=s[u];if(p==='"'){let m=u;for(u++;u<s.length&&s[u]!=='"';u++)s[u]==="\\"&&u++;r+=s.slice(m,u+1)}else if(p==="&")for(;u+1<s.length&&s[u+1]!==`
`;)u++;else p==="("||p==="["||p==="{"?n++>0&&(r+=p):p===")"||p==="]"||p==="}"?--n===0?a=u:r+=p:n===1&&(p===","||p===`
`||p===";")?(t.push(r.trim()),r=""):r+=p}if(a<0)return null;t.push(r.trim());let i=t.filter(u=>u!==""),l=s.slice(a+1).trim();if(l!==""&&!/^if\b/.test(l))return null;let o=i.length>0&&i[i.length-1].startsWith("...");return i.slice(0,-1).some(u=>u.startsWith("..."))?null:{params:i,splat:o,guarded:l!==""}}function mi(s,e){let t=ge(e).name,n=s.map(i=>i.replace(/\s+if\b[\s\S]*$/,"").trim()),r=n.map(r0);if(r.length>0&&r.every(i=>i!==null&&i!==t)){let i=[...new Set(r)].map(l=>`a :${l}`);return`every clause matches ${ur(i)}, and the value is a :${t}`}if(n.some((i,l)=>i!==s[l].trim()))return null;let a=n.map(i=>dr(i,e));return a.length>0&&a.every(i=>i!==null&&i===a[0])?a[0]:null}function r0(s){let e=ln.exec(s);return e?e[1]:s==="nil"?"nil":s==="true"||s==="false"?"boolean":fr.test(s)?s.startsWith(":")?"keyword":"number":pr(s)}function dr(s,e){let t=s.trim(),n=ge(e).name,r=ln.exec(t);if(r)return r[1]===n?null:`the value is a :${n}, not a :${r[1]}`;if(t.startsWith("#{")){if(!(e instanceof q))return`a pattern in #{ } matches a dict, and the value is a :${n}`;let b=ir(t,"#{");if(b===null)return null;for(let d of b.params){let x=/^:?([a-z][a-zA-Z0-9_/?!*]*)/.exec(d);if(x&&!d.startsWith("...")&&e.map.get(L(x[1]))===void 0)return`the dict has no key :${x[1]}`}return null}let a=t.startsWith("(")?"(":t.startsWith("[")?"[":null;if(a===null)return null;let i=a==="("?"tuple":"list",l=ir(t,a);if(l===null)return null;let o=t.slice(1,t.lastIndexOf(a==="("?")":"]"));if(n!==i){let b=n==="list"?`[${o}]`:n==="tuple"?`(${o})`:null;return`a pattern in ${a==="("?"( )":"[ ]"} matches a ${i}, and the value is a :${n}`+(b===null?"":`: for a ${n}, write the pattern \`${b}\``)}let u=e instanceof R?e.items.length:e.size,p=b=>e instanceof R?e.items[b]:e.get(b),m=l.splat?l.params.length-1:l.params.length,c=b=>`${b} ${b===1?"item":"items"}`;if(l.splat?u<m:u!==m)return`the pattern ${l.splat?"needs at least":"has"} ${c(m)}, and the ${i} ${u===0?"is empty":`has ${u}`}`;for(let b=0;b<m;b++){if(hr(l.params[b],p(b))!==!1)continue;let d=fi(l.params[b]);if(d!==null)return`the ${hi(b)} item of the pattern is ${d}, and the value's is ${C(p(b),{truncate:40})}`}return null}function hr(s,e){if(fr.test(s))return s==="nil"?e===null:s==="true"||s==="false"?e===(s==="true"):s.startsWith(":")?e instanceof G&&e.name===s.slice(1):typeof e=="number"&&e===Number(s.replaceAll("_",""));if(a0.test(s))return!0;let t=ln.exec(s);if(t)return ge(e).name===t[1];let n=pr(s);return n!==null?ge(e).name===n?null:!1:null}function pr(s){return s.startsWith("(")?"tuple":s.startsWith("[")?"list":s.startsWith("#{")?"dict":s.startsWith('"')?"string":null}var t0,a0,ln,fr,bi=O(()=>{we();le();je();t0=["first","second","third","fourth","fifth","sixth","seventh","eighth"];a0=/^[a-z_][a-zA-Z0-9_/?!*]*$/,ln=/^[a-z_][a-zA-Z0-9_/?!*]*\s+as\s+:([a-z]+)$/,fr=/^(nil|true|false|:[a-zA-Z][a-zA-Z0-9_/?!*]*|-?[0-9][0-9_]*(\.[0-9_]+)?)$/});function wi(s,e){let t=s.stack,n=s.frames,r=s.fp,a=n[r-1],i=a.closure,l=i.proto.chunk,o=l.code,u=l.consts,p=i.captures,m=i.globals.values,c=a.ip,b=a.base,d=s.sp,x=e,k=0,j=!1,U=Z.maxFrames;s.status="running";try{if(s.work!==null&&(x=gi(s,x),s.work!==null||x<=0))return gt(s,d,r,e,Math.max(0,x));for(;;){switch(o[c++]){case 0:continue;case 1:t[d++]=u[o[c++]];continue;case 2:t[d++]=null;continue;case 3:t[d++]=!0;continue;case 4:t[d++]=!1;continue;case 5:d--;continue;case 6:t[d++]=t[b+o[c++]];continue;case 7:{let f=o[c++],h=m[f];if(h===void 0)throw new D(`\`${i.globals.names[f]}\` is not bound yet: it is used before the line that binds it has run`);t[d++]=h;continue}case 8:t[d++]=p[o[c++]];continue;case 9:t[d++]=i;continue;case 10:{let f=t[b+o[c++]];if(f.value===void 0)throw zn(f);t[d++]=f.value;continue}case 11:{let f=p[o[c++]];if(f.value===void 0)throw zn(f);t[d++]=f.value;continue}case 12:t[d++]=new Js(u[o[c++]]);continue;case 13:{let f=t[b+o[c++]];f.value=t[b+o[c++]];continue}case 14:{let f=o[c++];m[f]=t[b+o[c++]];continue}case 15:{let f=b+o[c++];t[f]=t[d-1],d=f+1;continue}case 16:d=b+o[c++];continue;case 17:{let f=t[d-1];t[d-1]=t[d-2],t[d-2]=f;continue}case 18:{let f=o[c++],h=t.slice(d-f,d);d-=f,t[d++]=new R(h);continue}case 19:{let f=o[c++],h=t.slice(d-f,d);d-=f,t[d++]=$.from(h);continue}case 20:t[d-2]=t[d-2].append(t[d-1]),d--;continue;case 21:{let f=t[d-1];if(!(f instanceof $))throw new D(`only a list can be splatted into a list, but this is ${lt(f)}`);let h=t[d-2];if(h.size+f.size>Z.maxCollectionSize)throw ut();t[d-2]=h.concat(f),d--;continue}case 22:{let f=o[c++],h=Je;for(let w=d-f;w<d;w++)h=h.add(t[w]);d-=f,t[d++]=h;continue}case 23:t[d-2]=t[d-2].add(t[d-1]),d--;continue;case 24:{let f=t[d-1];if(!(f instanceof V))throw new D(`only a set can be splatted into a set, but this is ${lt(f)}`);let h=t[d-2];for(let w of f.map.keys())h=h.add(w);t[d-2]=h,d--;continue}case 25:{let f=o[c++],h=be;for(let w=d-2*f;w<d;w+=2)h=h.set(t[w],t[w+1]);d-=2*f,t[d++]=h;continue}case 26:t[d-3]=t[d-3].set(t[d-2],t[d-1]),d-=2;continue;case 27:{let f=t[d-1];if(!(f instanceof q))throw new D(`only a dict can be splatted into a dict, but this is ${lt(f)}`);let h=t[d-2];f.map.each((w,y)=>h=h.set(y,w)),t[d-2]=h,d--;continue}case 28:{let f=o[c++],h="";for(let w=d-f;w<d;w++)h+=_e(t[w]);if(h.length>Z.maxStringLength)throw ts();d-=f,t[d++]=h;continue}case 29:{let f=u[o[c++]],h=f.captures,w=new Array(h.length>>1);for(let y=0,E=0;y<h.length;y+=2,E++)w[E]=h[y]===0?t[b+h[y+1]]:p[h[y+1]];t[d++]=new H(f,w,i.globals);continue}case 30:{let f=o[c++],h=o[c++],w=t[d-f];if(!Bs(w))throw new D(`only a function can be partially applied, but this is ${lt(w)}`);let y=new Array(f);for(let E=0,F=d-f+1;E<f;E++)y[E]=E===h?null:t[F++];d-=f,t[d++]=new Xe(w,y,h);continue}case 31:{let f=u[o[c++]];t[d-1]=xi(t[d-1],f);continue}case 32:{let f=u[o[c++]];t[d-1]=s.kernel.makeBox(s,f,t[d-1]);continue}case 33:{let f=o[c++],h=u[o[c++]],w;if(f<0)w=t[--d];else{w=be;for(let y=d-2*f;y<d;y+=2)w=w.set(t[y],t[y+1]);d-=2*f}t[d++]=new J(h,w);continue}case 34:c=o[c];continue;case 35:{let f=t[--d];f===null||f===!1?c=o[c]:c++;continue}case 36:k=o[c++];break;case 37:k=o[c++],j=!0;break;case 38:{let f=t[d-1];if(r--,r===0)return s.result=f,s.status="done",s.sp=0,s.fp=0,s.reductions+=e-x,0;t[b-1]=f,d=b,a=n[r-1],a.closure!==i&&(i=a.closure,l=i.proto.chunk,o=l.code,u=l.consts,p=i.captures,m=i.globals.values),c=a.ip,b=a.base;continue}case 39:{let f=t[--d],h=f instanceof R?f.items.map(_e).join(" "):_e(f);throw new D(h)}case 40:a.argc===o[c]?c+=2:c=o[c+1];continue;case 41:{let f=a.argc;t[b]=new R(f===0?[]:t.slice(b,b+f)),d=b+1,a.packed=!0;continue}case 42:{let f=t[b+o[c]];f instanceof R&&f.items.length===o[c+1]?c+=3:c=o[c+2];continue}case 43:{let f=t[b+o[c]];f instanceof R&&f.items.length>=o[c+1]?c+=3:c=o[c+2];continue}case 44:{let f=t[b+o[c]];f instanceof $&&f.size===o[c+1]?c+=3:c=o[c+2];continue}case 45:{let f=t[b+o[c]];f instanceof $&&f.size>=o[c+1]?c+=3:c=o[c+2];continue}case 46:t[b+o[c]]instanceof q?c+=2:c=o[c+1];continue;case 47:t[b+o[c]]===u[o[c+1]]?c+=3:c=o[c+2];continue;case 48:{let f=t[b+o[c]],h=u[o[c+1]];(h===P.number?typeof f=="number":h===P.string?typeof f=="string":h===P.pid?f instanceof ee:h===P.list?f instanceof $:ge(f)===h)?c+=3:c=o[c+2];continue}case 49:{let f=t[b+o[c++]],h=o[c++];t[d++]=f instanceof R?f.items[h]:f.get(h);continue}case 50:{let f=t[b+o[c++]],h=o[c++];t[d++]=f instanceof R?h>=f.items.length?De:$.from(f.items.slice(h)):f.slice(h);continue}case 51:{let h=t[b+o[c]].map.get(u[o[c+1]]);h===void 0?c=o[c+2]:(t[d++]=h,c+=3);continue}case 52:{let f=t[b+o[c++]];for(let h of u[o[c++]])f=f.delete(h);t[d++]=f;continue}case 53:{let f=i.proto,h=new R(t.slice(b,b+a.argc)),w=lr(f.name);throw new D(`no clause of ${w} matches the arguments ${ze(h)}
${w} takes: ${f.clauses.join(" or ")}`,"panic",!0,or(f.name,f.clauses,h.items))}case 54:{let f=t[b+o[c++]],h=u[o[c++]];throw new D(`the pattern \`${h}\` does not match the value ${ze(f)}`,"panic",!1,dr(h,f))}case 55:{let f=t[b+o[c]],h=u[o[c+1]];throw new D(`no clause of this \`match\` matches the value ${ze(f)}
its clauses match: ${h.join(" or ")}`,"panic",!1,mi(h,f))}case 56:throw new D("no clause of this `when` was true (add an `else ->` clause?)");case 57:{let f=b+o[c],h=new R(t.slice(f,f+o[c+1])),w=u[o[c+2]];throw new D(`no clause of this \`loop\` matches ${ze(h)}
its clauses take: ${w.join(" or ")}`,"panic",!1,or(null,w,h.items,"this loop"))}case 58:{let f=b+o[c++],h=o[c++],w=d-h;for(let y=0;y<h;y++)t[f+y]=t[w+y];if(d=f+h,c=o[c],--x<=0)return a.ip=c,gt(s,d,r,e,x);continue}case 59:{let f=b+o[c++],h=t[f];if(typeof h!="number"||Number.isNaN(h))throw new D(`\`repeat\` needs a number of times, but got ${lt(h)}`);t[f]=Math.floor(h);continue}case 60:{let f=b+o[c++];if(t[f]<=0){c=o[c];continue}if(c++,t[f]=t[f]-1,--x<=0)return a.ip=c,gt(s,d,r,e,x);continue}case 61:t[d++]=0;continue;case 62:{let f=t[b+o[c]],h=s.mailbox.at(f);if(h!==void 0){if(t[d++]=h,c++,--x<=0)return a.ip=c,gt(s,d,r,e,x);continue}return c--,a.ip=c,s.sp=d,s.fp=r,s.reductions+=e-x,s.status="waiting",2}case 63:{s.kernel.take(s,t[b+o[c++]]);continue}case 64:{let f=b+o[c++];t[f]=t[f]+1,c=o[c];continue}case 65:{let f=u[o[c++]];a.ip=c,s.sp=d,s.fp=r;let h=s.kernel.importModule(s,f,l);if(h===$e)return t[d++]=null,a.ip=c,s.sp=d,s.reductions+=e-x,2;t[d++]=h;continue}case 66:{let f=u[o[c++]],h=u[o[c++]];s.kernel.registerTest(f,new H(h,[],i.globals));continue}case 67:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f+h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 68:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f-h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 69:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f*h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 70:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"&&h!==0){t[d-2]=f/h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 71:{let f=t[d-1];if(typeof f=="number"){t[d-1]=f+1,c++,x--;continue}d=me(t,d,1,u[o[c++]]),k=1;break}case 72:{let f=t[d-1];if(typeof f=="number"){t[d-1]=f-1,c++,x--;continue}d=me(t,d,1,u[o[c++]]),k=1;break}case 73:{let f=t[d-2],h=t[d-1];if(typeof f!="object"||!Yt(f,h)){t[d-2]=f===h||typeof f=="object"&&ve(f,h),d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 74:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f<h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 75:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f>h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 76:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f<=h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 77:{let f=t[d-2],h=t[d-1];if(typeof f=="number"&&typeof h=="number"){t[d-2]=f>=h,d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 78:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){t[d++]=f+h,c+=3,x--;continue}d=oe(t,d,u[o[c+2]],f,h),c+=3,k=2;break}case 79:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){t[d++]=f+h,c+=3,x--;continue}d=oe(t,d,u[o[c+2]],f,h),c+=3,k=2;break}case 80:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){t[d++]=f-h,c+=3,x--;continue}d=oe(t,d,u[o[c+2]],f,h),c+=3,k=2;break}case 81:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){t[d++]=f-h,c+=3,x--;continue}d=oe(t,d,u[o[c+2]],f,h),c+=3,k=2;break}case 82:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){t[d++]=f*h,c+=3,x--;continue}d=oe(t,d,u[o[c+2]],f,h),c+=3,k=2;break}case 83:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){t[d++]=f*h,c+=3,x--;continue}d=oe(t,d,u[o[c+2]],f,h),c+=3,k=2;break}case 84:{let f=t[b+o[c]];if(typeof f=="number"){t[d++]=f+1,c+=2,x--;continue}d=oe(t,d,u[o[c+1]],f),c+=2,k=1;break}case 85:{let f=t[b+o[c]];if(typeof f=="number"){t[d++]=f-1,c+=2,x--;continue}d=oe(t,d,u[o[c+1]],f),c+=2,k=1;break}case 86:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f!="object"||!Yt(f,h)){x--,f===h||typeof f=="object"&&ve(f,h)?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 87:{let f=t[b+o[c]],h=u[o[c+1]];x--,f===h||typeof f=="object"&&ve(f,h)?c+=6:c=o[c+3];continue}case 88:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f<h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 89:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f<h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 90:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f>h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 91:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f>h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 92:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f<=h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 93:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f<=h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 94:{let f=t[b+o[c]],h=t[b+o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f>=h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 95:{let f=t[b+o[c]],h=u[o[c+1]];if(typeof f=="number"&&typeof h=="number"){x--,f>=h?c+=6:c=o[c+3];continue}d=oe(t,d,u[o[c+2]],f,h),c+=4,k=2;break}case 96:{let f=t[d-2];if(f instanceof ee&&s.tracers===null){s.sliceReds=e-x,s.kernel.send(s,f,t[d-1]),t[d-2]=t[d-1],d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 97:t[d++]=s.pid,c++,x--;continue;case 98:{let f=t[d-1];if(f instanceof H&&s.tracers===null){a.ip=c,t[d-1]=s.kernel.spawn(s,f),c++,x--;continue}d=me(t,d,1,u[o[c++]]),k=1;break}case 99:{let f=t[d-2];if(f instanceof $&&f.size<Z.maxCollectionSize){t[d-2]=f.append(t[d-1]),d--,c++,x--;continue}d=me(t,d,2,u[o[c++]]),k=2;break}case 100:a.argc>=o[c]?c+=2:c=o[c+1];continue;case 101:{let f=t[b].items;for(let h=0;h<f.length;h++)t[b+h]=f[h];d=b+f.length,a.packed=!1;continue}case 102:{k=o[c++];let f=t[d-k-1];if(f instanceof H){let h=f.proto.numeric;if(h!==0&&s.tracers===null){let w=o0(h,k,t,d);if(w!==void 0){d-=k+1,t[d++]=w,x--;continue}}}break}default:throw new Error(`unknown opcode ${o[c-1]} at ${c-1}`)}for(;;){let f=t[d-k-1];if(f instanceof H){if(j){j=!1;let w=d-k-1,y=b-1;for(let E=0;E<=k;E++)t[y+E]=t[w+E];d=b+k,i.proto.isPrelude||(a.tailProto=i.proto,a.tailIp=c-1),a.tailCalls++,a.closure=f,a.argc=k,a.packed=!1}else{if(a.ip=c,r>=U)throw new D(`this process is more than ${U} calls deep (the frame limit): a recursion that never reaches its base case?`,"limit");let w=n[r];w===void 0?(w=new ls(f,d-k,k),n[r]=w):(w.closure=f,w.base=d-k,w.argc=k,w.tailProto=null,w.tailCalls=0,w.packed=!1),a=w,r++,b=d-k}s.tracers!==null&&ka(s,f,t.slice(d-k,d),i.proto.isPrelude),f!==i&&(i=f,l=f.proto.chunk,o=l.code,u=l.consts,p=f.captures,m=f.globals.values);let h=f.proto;if(c=h.arity===k?h.entry:0,--x<=0)return a.ip=c,gt(s,d,r,e,x);break}if(f instanceof Se){j=!1;let h=f.arities;if(h.length>0&&!h.includes(k))throw new D(`\`${f.name}\` takes ${ga(h)}, but it was given ${k}`);let w=k===0?i0:t.slice(d-k,d);d-=k+1,a.ip=c,s.sp=d,s.fp=r,s.sliceReds=e-x;let y=f.impl(w,s);if(s.charge!==0&&(x-=s.charge,s.charge=0),y===$e){if(s.work!==null){if(t[d++]=null,a.ip=c,s.sp=d,s.fp=r,x=gi(s,x)-1,s.work!==null||x<=0)return gt(s,d,r,e,Math.max(0,x));break}return t[d++]=s.pending,s.pending=null,a.ip=c,s.sp=d,s.fp=r,s.reductions+=e-x+1,2}if(t[d++]=y,--x<=0)return a.ip=c,gt(s,d,r,e,x);break}if(f instanceof Xe){if(k!==1)throw new D(`a partially applied function takes exactly one argument, but it was given ${k}`);let h=t[d-1],w=f.args;d-=2,t[d++]=f.fn;for(let y=0;y<w.length;y++)t[d++]=y===f.hole?h:w[y];k=w.length;continue}if(f instanceof G){if(k!==1)throw new D(`a keyword called as a function takes exactly one argument, but it was given ${k}`);j=!1;let h=xi(t[d-1],f);d-=2,t[d++]=h,x--;break}throw new D(`only functions can be called, but this is ${lt(f)}`)}}}catch(f){return a.ip=c,s.sp=d,s.fp=r,s.reductions+=e-x,s.status="panicked",s.error=jn(s,f),3}}function o0(s,e,t,n){if(e===1){let i=t[n-1];if(typeof i!="number")return;switch(s){case 5:return i+1;case 6:return i-1;case 12:return i===0;case 13:return i>0;case 14:return i<0;case 15:return i-2*Math.floor(i/2)===0;case 16:return i-2*Math.floor(i/2)===1}return}if(e!==2)return;let r=t[n-2],a=t[n-1];if(!(typeof r!="number"||typeof a!="number"))switch(s){case 1:return r+a;case 2:return r-a;case 3:return r*a;case 4:return a!==0?r/a:void 0;case 7:return r===a;case 8:return r<a;case 9:return r>a;case 10:return r<=a;case 11:return r>=a}}function oe(s,e,t,n,r){return s[e++]=t,s[e++]=n,r!==void 0&&(s[e++]=r),e}function me(s,e,t,n){for(let r=e;r>e-t;r--)s[r]=s[r-1];return s[e-t]=n,e+1}function gi(s,e){let t=s.work,n=e*Tt+t.carry;if(n<=0)return t.carry=n,0;let r=t.step(n),a=n-t.used;return r?(s.work=null,s.stack[s.sp-1]=t.result,Math.floor(a/Tt)):(t.carry=Math.min(0,a),0)}function gt(s,e,t,n,r){return s.sp=e,s.fp=t,s.reductions+=n-r,s.status="runnable",1}function xi(s,e){if(s instanceof q)return s.get(e);if(s instanceof J){let t=s.dict.map.get(e);if(t===void 0)throw new D(`the package \`${s.name}\` has no \`:${e.name}\``);return t}return null}var i0,ki=O(()=>{Rt();we();le();Es();as();qe();ct();bi();je();i0=[]});var mr,un,yi,cn,l0,ks,dn,vi=O(()=>{je();mr=4096,un=4,yi=0,cn=1,l0=2,ks=512,dn=class{mask;#e;#t;#s;#n=[];#r=[];constructor(e=mr){let t=1;for(;t<e;)t<<=1;this.mask=t-1,this.#e=new Float64Array(t*un),this.#t=new Float64Array(t*2),this.#s=new Array(t).fill(null)}sent(e,t,n,r,a,i){let l=e&this.mask,o=this.#e,u=l*un;o[u]=t,o[u+1]=n,o[u+2]=r,o[u+3]=a,this.#s[l]=i}received(e,t,n){if(e<=n-this.mask-1)return;let r=(e&this.mask)*2,a=this.#t;a[r]=e,a[r+1]=t}skip(e){let t=e&this.mask,n=t*un;this.#e[n+2]=0,this.#e[n+3]=0,this.#s[t]=null}retire(e,t,n){let r=(t-(t&1))/2;if(r<=n-(this.mask+1)||r<=0)return;let a=(r&this.mask)<<1|t&1,i=a/ks|0,l=a&ks-1,o=this.#n[i]??=new Float64Array(ks*3),u=this.#r[i]??=new Array(ks*2).fill(null),p=e.final;o[l*3]=e.id,u[l*2+1]=p===null?null:p.name,p===null?(o[l*3+1]=yi,u[l*2]=e):p.status==="done"?(o[l*3+1]=cn,o[l*3+2]=p.reductions,u[l*2]=p.result):(o[l*3+1]=l0,o[l*3+2]=p.reductions,u[l*2]=p.message)}endedPids(){let e=[],t=this.#n;for(let n=0;n<t.length;n++){let r=t[n],a=this.#r[n];if(!(r===void 0||a===void 0))for(let i=0;i<ks;i++){let l=r[i*3];if(l===0)continue;let o=r[i*3+1];if(o===yi){e.push(a[i*2]);continue}let u=new ee(l,null);u.final={name:a[i*2+1],status:o===cn?"done":"panicked",result:o===cn?a[i*2]:null,message:o===cn?null:a[i*2],reductions:r[i*3+2]},e.push(u)}}return e}messagesOf(e,t,n,r){let a=[],i=this.mask+1,l=Math.max(1,n-i+1),o=this.#e,u=e.id;for(let p=n;p>=l&&a.length<t;p--){let m=p&this.mask,c=m*un,b=o[c+1]>0?o[c+1]:null,d=o[c+2],x=o[c+3],k=this.#s[m],j=this.#t[m*2]===p?this.#t[m*2+1]:-1;if(x===u&&j>=0){let U=r(d);U&&a.push({id:p,dir:"in",peer:U,msg:k,at:j,cause:b})}if(d===u&&a.length<t){let U=r(x);U&&a.push({id:p,dir:"out",peer:U,msg:k,at:o[c],cause:b})}}return a.reverse()}}});var fn,_i=O(()=>{fn=class{#e=[];#t=[];#s=0;#n=0;#r=0;get size(){return this.#r}get heldChunks(){return this.#e.filter(e=>e!==null).length}add(e){let t=e.slot=this.#n++;if((t&255)===0){this.#e.push(new Array(256).fill(null)),this.#t.push(0);let r=this.#e.length-2;r>=0&&this.#t[r]===0&&this.#a(r)}let n=(t>>8)-this.#s;this.#e[n][t&255]=e,this.#t[n]++,this.#r++}remove(e){let t=e.slot,n=(t>>8)-this.#s,r=t>=0&&n>=0?this.#e[n]:null;!r||r[t&255]!==e||(r[t&255]=null,e.slot=-1,this.#r--,--this.#t[n]===0&&n<this.#e.length-1&&this.#a(n))}#a(e){let t=this.#e;for(t[e]=null;t.length>1&&t[0]===null;)t.shift(),this.#t.shift(),this.#s++}values(){let e=[];for(let t of this.#e)if(t!==null)for(let n of t)n!==null&&e.push(n);return e.values()}get(e){for(let t of this.values())if(t.id===e)return t}has(e){return this.get(e)!==void 0}}});function u0(){let s=new ce("<spawn>",""),e=[g.LOAD_CAPTURE,0,g.CALL,0,g.RETURN],t=new He(e,[],e.map(()=>0),e.map(()=>0),s);return new ye("spawn",null,["()"],t,[],!0,{start:0,end:0})}function Si(s){let e=[];for(let t=0;t<s;t++)e.push(null);return e}function b0(s){let e=s.monitoring?[...s.monitoring].filter(n=>n.alive):[];if(e.length>0)return`, for ${e.map(dt).join(", ")} to end`;let t=s.lastSentTo;return t&&t!==s?` (it last sent a message to ${dt(t)}${t.alive?"":", which has ended"})`:""}function g0(s){let e=performance.now();return typeof MessageChannel>"u"||e-s.lastTimerYield>=s.ioInterval?(s.lastTimerYield=e,new Promise(t=>setTimeout(t,0))):new Promise(t=>{let n=new MessageChannel;n.port1.onmessage=()=>{n.port1.close(),t()},n.port2.postMessage(null)})}function gr(s,e){return s.at<e.at||s.at===e.at&&s.seq<e.seq}function x0(s,e){s.push(e);let t=s.length-1;for(;t>0;){let n=t-1>>1;if(!gr(s[t],s[n]))break;[s[t],s[n]]=[s[n],s[t]],t=n}}function w0(s){if(s.length===0)return;let e=s[0],t=s.pop();return s.length>0&&(s[0]=t,$i(s,0)),e}function $i(s,e){for(;;){let t=2*e+1,n=t+1,r=e;if(t<s.length&&gr(s[t],s[r])&&(r=t),n<s.length&&gr(s[n],s[r])&&(r=n),r===e)return;[s[e],s[r]]=[s[r],s[e]],e=r}}function k0(s){for(let e=(s.length>>1)-1;e>=0;e--)$i(s,e)}function y0(s){let e=s>>>0;return()=>{e=e+1831565813|0;let t=Math.imul(e^e>>>15,1|e);return t=t+Math.imul(t^t>>>7,61|t)^t,((t^t>>>14)>>>0)/4294967296}}var xt,c0,d0,br,tt,f0,h0,p0,m0,ys=O(()=>{Oe();$t();re();ft();Rt();Un();le();qe();ct();Wn();je();ki();Qe();vi();_i();xt={budget:1e3,sliceBatchMs:8,sliceMs:.5,messageLog:mr,historySize:1e3};c0=u0(),d0=new xe,br=-0,tt=class{budget;procs=new fn;main=null;totalReductions=0;slices=0;longestSlice=br;failures=0;boxes=0;allProcs=[];stoppedAt=new Map;console=[];turtles=[];tests=[];opts;host;random;#e=Si(64);#t=0;#s=0;#n=[];#r=0;#a=1;#i=1;#m=[];#h=performance.now();#c=br;#o=null;#l=[];constructor(e={}){this.opts=e,this.budget=e.budget??xt.budget,this.host=e.host??{},this.ioInterval=e.ioIntervalMs??200;let t=e.messageLog??xt.messageLog;t>0&&(this.log=new dn(t)),this.random=y0(e.seed??Date.now()^performance.now()*1e3)}#L(){return this.opts.virtualClock?this.#c:this.#u===0?this.now():Math.max(0,this.#u-this.#h)}now(){return this.opts.virtualClock?this.#c:performance.now()-this.#h}startProcess(e,t,n=[]){let r=this.opts.maxProcesses??Z.maxProcesses;if(this.procs.size>=r)throw new D(`there are already ${r} processes alive (the process limit)`,"limit");let a=new Ct(this.#a++,this,t);return e instanceof H?a.start(e,n):a.start(new H(c0,[e],d0)),this.procs.add(a),this.opts.keepAll&&this.allProcs.push(a),t&&wa(a,t),this.#f(a),a}hostProcess(e){let t=new Ct(0,this,null);return this.#m.push(t),t.name="host",t.status="waiting",t.hostSink=e,t}spawn(e,t){if(!Bs(t))throw new _("panic",`\`spawn!\` needs a function of no arguments, but got ${ze(t)}`);let n=this.startProcess(t,e);return e.tracers!==null&&this.traceEvent(e,new R([f0,n.pid])),n.pid}#f(e){e.status="runnable";let t=this.#e;this.#s===t.length&&(t=this.#C()),t[this.#t+this.#s++&t.length-1]=e}#C(){let e=this.#e,t=e.length,n=Si(t*2);for(let r=0;r<t;r++)n[r]=e[this.#t+r&t-1];return this.#e=n,this.#t=0,n}#P(){if(this.#s===0)return null;let e=this.#e,t=this.#t,n=e[t];return e[t]=null,this.#t=t+1&e.length-1,this.#s--,n}get runnable(){return this.#s}get sleeping(){return this.#n.length}send(e,t,n){let r=t.proc,a=this.#i++,i=this.log;e?(e.messagesOut++,e.lastSentTo=r,r&&i!==null?(i.sent(a,this.totalReductions+e.sliceReds,e.lastReceived,e.id,r.id,n),e.lastLogged=a*2,r.lastLogged=a*2+1):i!==null&&i.skip(a),e.tracers!==null&&this.traceEvent(e,new R([h0,r?r.pid:null,n]))):i!==null&&i.skip(a),!(!r||!r.alive)&&this.#w(r,n,a)}#y(){let e=this.#i++;return this.log?.skip(e),e}log=null;messagesOf(e,t){let n=this.log;if(n===null)return[];let r=null,a=i=>{if(r===null){r=new Map;for(let l of n.endedPids())r.set(l.id,l);for(let l of this.#m)r.set(l.id,l.pid);for(let l of this.procs.values())r.set(l.id,l.pid)}return r.get(i)??null};return n.messagesOf(e,t,this.lastMessageId,a)}#I(e){this.procs.remove(e),this.noteEnded(e)}noteEnded(e){this.log!==null&&e.lastLogged!==0&&this.log.retire(e.pid,e.lastLogged,this.lastMessageId)}get lastMessageId(){return this.#i-1}#w(e,t,n){if(e.hostSink!==null){e.messagesIn++,e.hostSink(t,null);return}e.mailboxForDelivery().push(t,n),e.mailbox.length===Z.mailboxWarning&&this.host.report?.(`warning: ${dt(e)} has ${Z.mailboxWarning} messages waiting in its mailbox (at ${zs(e)}): is anything receiving them?`,null),e.status==="waiting"&&this.#f(e)}take(e,t){let n=e.mailbox,r=n.take(t),a=n.takenId;e.messagesIn++,e.lastReceived=a;let i=this.log;i!==null&&i.received(a,this.totalReductions+e.sliceReds,this.#i-1),e.tracers!==null&&this.traceEvent(e,new R([p0,r]))}link(e,t){let n=t.proc;return n===e?P.ok:n===null||!n.alive?(this.#_(e,t),P.ok):((e.links??=new Set).add(n),(n.links??=new Set).add(e),P.ok)}monitor(e,t){let n=t.proc;return n===null||!n.alive?(this.#v(e,t),P.ok):((n.monitors??=new Set).add(e),(e.monitoring??=new Set).add(n),P.ok)}#k(e){let t=e.final;if(t===null){let n=e.proc;return n.status==="done"?new R([P.ok,n.result]):new R([P.err,n.error?.message??"panicked"])}return t.status==="done"?new R([P.ok,t.result]):new R([P.err,t.message??"panicked"])}#v(e,t){let n=new R([P.exit,t,this.#k(t)]);this.#w(e,n,this.#y())}#_(e,t){if(!e.alive)return;let n=this.#k(t),r=t.final?.name??t.proc?.name??null,a=r?`<pid ${t.id}> (${r})`:`<pid ${t.id}>`,i=n.items[0]===P.ok?`ended (it returned ${ze(n.items[1],60)})`:`panicked: ${n.items[1]}`,l=Us(e,`linked process ${a} ${i}, so this process panics too`,"panic");this.#S(e,l)}#S(e,t){e.status="panicked",e.error=t,this.#$(e)}#$(e){this.procs.remove(e),e.status==="panicked"&&this.failures++,this.#M(e),e.status==="panicked"&&e!==this.main&&this.host.report?.(`process ${dt(e)} panicked`,e.error);let t=e.pid;if(t.final={name:e.name,status:e.status==="done"?"done":"panicked",result:e.status==="done"?e.result:null,message:e.error?.message??null,reductions:e.reductions},this.opts.keepAll||(t.proc=null),this.noteEnded(e),e.tracers!==null&&this.traceEvent(e,new R([P.exit,this.#k(t)])),e.monitors)for(let n of e.monitors)n.alive&&this.#v(n,t),n.monitoring?.delete(e);if(e.links&&!(e===this.main&&!this.opts.waitAll)){let n=e.links;e.links=null;for(let r of n)r.links?.delete(e),this.#_(r,t)}e.lastSentTo=null,e.work=null,e.stack=Bn,e.frames=Gn,e.fp=0,e.sp=0,e.mailbox=os,this.#b?.exited(e),this.host.ended?.(t),e===this.main&&!this.opts.waitAll&&this.#x()}sleep(e,t){e.pending=P.ok,e.status="sleeping",e.wakeAt=this.now()+Math.max(0,t);let n={at:e.wakeAt,seq:this.#r++,proc:e};return x0(this.#n,n),$e}yieldNow(e){return e.pending=P.ok,e.status="runnable",$e}#M(e){if(this.#n.length===0)return;let t=this.#n.findIndex(n=>n.proc===e);t>=0&&(this.#n.splice(t,1),k0(this.#n))}#O(){if(this.#n.length===0)return;let e=this.now();for(;this.#n.length>0&&this.#n[0].at<=e;){let t=w0(this.#n);t.proc.status==="sleeping"&&this.#f(t.proc)}}turtleOf(e){return e.turtle===null&&(e.turtle=new Ms(e.id),this.turtles.push(e.turtle)),e.turtle}turtleMoved(e,t){this.host.turtle?.(e.pid,t)}print(e,t){this.opts.keepConsole!==!1&&this.console.push(t),this.host.print?.(t,e.pid)}makeBox(e,t,n){let r=new ie(t,n),a=new Ct(this.#a++,this,e);a.name=`box ${t}`,a.status="waiting",a.box=r,a.spawnFile=e.spawnFile;let i=Ge(e,!1);return i&&(a.spawnFile=i.chunk.source.name,a.spawnLine=i.chunk.positionAt(i.ip).line),r.proc=a,this.procs.add(a),this.opts.keepAll&&this.allProcs.push(a),this.boxes++,this.#A(r,n,e),r}#A(e,t,n){let r=this.opts.historySize??xt.historySize;r<=0||(e.history.push({value:t,at:this.totalReductions+n.sliceReds,time:this.#L(),by:n.pid}),e.history.length>r&&e.history.shift())}#R(e,t){let n=t.proc;return e.messagesOut++,e.messagesIn++,n.messagesIn++,n.messagesOut++,n.reductions++,n}unbox(e,t){return this.#R(e,t),t.value}store(e,t,n){return this.#R(e,t),t.value=n,this.#A(t,n,e),n}traceEvent(e,t){if(e.tracers!==null)for(let n of e.tracers)n.alive&&this.#w(n,new R([m0,e.pid,t]),this.#y())}#b=null;useModules(e){this.#b=e}importModule(e,t,n){if(this.#b===null)throw new D(`cannot import "${t}": this runtime has no module loader`,"import");return this.#b.import(e,t,n)}processes(){return this.procs.values()}stats(){return{budget:this.budget,reductions:this.totalReductions,slices:this.slices,clock:this.now(),longestSlice:this.longestSlice}}#p=new Set;#g=128;#d=128;lastTimerYield=performance.now();ioInterval;#u=br;hold(e){let t=e.finally(()=>{this.#p.delete(t),this.#x()});this.#p.add(t)}resume(e,t){e.alive&&(t!==void 0&&e.settle(t),e.status!=="runnable"&&this.#f(e))}fail(e,t){e.alive&&this.#S(e,t)}registerTest(e,t){this.tests.push({name:e,fn:t})}stop(e="the run was stopped"){this.#o=new _("stopped",e),this.#x()}get stopped(){return this.#o}#x(){let e=this.#l;this.#l=[];for(let t of e)t()}#N(){if(this.opts.waitAll)return this.procs.size===this.boxes;let e=this.main;return e!==null&&!e.alive}#D(){let e=performance.now(),t=e-this.#u,n=this.#g;return t<.05&&n<4096?n*=2:t>.2&&n>16&&(n>>=1),this.#g=n,this.#d=n,this.#u=e,e}stepAlone(){return this.#u=performance.now(),this.#d=this.#g,this.step()}step(){this.#O();let e=this.#P();if(e===null)return!1;if(e.status!=="runnable")return!0;let t=this.#u,n=this.opts.virtualClock===!0,r=this.budget,a;for(;;){let i=e.reductions;a=wi(e,r<this.#d?r:this.#d);let l=e.reductions-i;if(r-=l,this.totalReductions+=l,n&&(this.#c+=l/1e3),this.#d-=l>0?l:1,this.#d>0)break;let u=this.#D()-t;if(u>this.longestSlice&&(this.longestSlice=u),a!==1||r<=0||u>=xt.sliceMs&&!n)break}switch(this.slices++,a){case 1:this.#f(e);break;case 2:e.status==="runnable"&&this.#f(e);break;case 0:case 3:this.#$(e);break}return!0}async runUntil(e){let t=this.opts.maxReductions??1/0,n=this.opts.timeoutMs??1/0,r=performance.now();for(;;){this.#u=performance.now(),this.#d=this.#g;let a=this.#u+xt.sliceBatchMs,i=!0;for(;!this.#o&&!e()&&(i=this.step())&&!(this.#u>=a||this.totalReductions>t););if(this.#o)return"stopped";if(e())return"done";if(this.totalReductions>t)return this.#o=new _("limit",`the run used more than ${t} reductions (the --max-reductions limit)`),"stopped";if(performance.now()-r>n)return this.#o=new _("limit",`the run took longer than ${n} ms (the --timeout limit)`),"stopped";if(!i){let l=r+n-performance.now();if(this.#p.size>0&&this.runnable===0){l===1/0?await Promise.race(this.#p):(await Promise.race([...this.#p,this.#T(this.now()+l)]),this.#x());continue}if(this.#n.length===0)return"idle";let o=this.#n[0].at;this.opts.virtualClock?this.#c=Math.max(this.#c,o):await this.#T(Math.min(o,this.now()+l));continue}await g0(this)}}async runToEnd(){return await this.runUntil(()=>this.#N())==="idle"&&(this.#o=this.#U()),this.#z()}async runUntilIdle(){await this.runUntil(()=>!1)}#T(e){let t=Math.max(0,e-this.now());return new Promise(n=>{let r=setTimeout(()=>{this.#l=this.#l.filter(i=>i!==a),n()},t),a=()=>{clearTimeout(r),n()};this.#l.push(a)})}#U(){let t=[...this.procs.values()].filter(l=>l.status==="waiting"&&!l.box).map(l=>`  ${dt(l)} waits in \`receive\` at ${zs(l)}${b0(l)}`),n=this.main,r=n&&n.status==="waiting"?"the main script waits for a message that no process can ever send":"these processes wait for messages that no process can ever send",a=new _("deadlock",`${r}:
${t.join(`
`)}`,null,null,{hint:"a process that waits in `receive` needs another process that will send to it"}),i=n&&n.status==="waiting"?Ge(n,!1):null;return i&&(a.source=i.chunk.source,a.span=i.chunk.spanAt(i.ip)),a}#z(){let e=this.main,t=this.#o;if(!t&&e&&e.status==="panicked"&&(t=e.error),t&&t.span===null&&e&&e.alive&&t.kind!=="deadlock"){let r=Ge(e,!1);r&&(t.source=r.chunk.source,t.span=r.chunk.spanAt(r.ip),t.ludusStack=ns(e),t.hint??="this is where the main script was when the run stopped")}let n=[...this.procs.values()].filter(r=>r!==e&&!r.box);if(n.length>0&&!this.#E&&t?.kind!=="deadlock"){let r=n.length,a=n.slice(0,10).map(i=>`  ${dt(i)} ${i.status} at ${zs(i)}`);r>10&&a.push(`  \u2026 and ${r-10} more`),this.host.report?.(`${r} process${r===1?" was":"es were"} still alive when the main script ended, and ${r===1?"was":"were"} stopped:
${a.join(`
`)}`,null)}for(let r of this.procs.values())r!==e&&(this.opts.keepAll&&this.stoppedAt.set(r,r.status),this.host.stopped?.(r.pid,r.status),r.status="done",this.#I(r));return this.boxes=0,{value:e?.status==="done"?e.result:null,error:t}}#E=!1;quiet(){this.#E=!0}},f0=L("spawn"),h0=L("send"),p0=L("receive"),m0=L("trace")});function mn(s,e){let t=new wr(s.source,e);return t.script(s),t.analysis}function v0(s){let e=[],t=n=>{switch(n.kind){case"pword":e.push([n.name,n,n.span]);return;case"ptyped":t(n.inner);return;case"ptuple":case"plist":n.items.forEach(t),n.rest?.name&&e.push([n.rest.name,n.rest,n.rest.span]);return;case"pdict":for(let r of n.entries)t(r.pattern);n.rest?.name&&e.push([n.rest.name,n.rest,n.rest.span]);return}};return t(s),e}function hn(s){return"kind"in s?s.kind:"rest"}function pn(s,e){return`${s} ${e}${s===1?"":"s"}`}function _0(s,e){let t=s.length,n=e.length,r=Array.from({length:t+1},(a,i)=>{let l=new Array(n+1).fill(0);return l[0]=i,l});for(let a=0;a<=n;a++)r[0][a]=a;for(let a=1;a<=t;a++)for(let i=1;i<=n;i++){let l=s[a-1]===e[i-1]?0:1;r[a][i]=Math.min(r[a-1][i]+1,r[a][i-1]+1,r[a-1][i-1]+l),a>1&&i>1&&s[a-1]===e[i-2]&&s[a-2]===e[i-1]&&(r[a][i]=Math.min(r[a][i],r[a-2][i-2]+1))}return r[t][n]}var xr,vs,Ai,wr,kr=O(()=>{re();xr=class{name;node;fn;toplevel;needsCell;span;constructor(e,t,n,r,a){this.name=e,this.node=t,this.fn=n,this.toplevel=r,this.needsCell=!1,this.span=a}},vs=class{parent;selfName;constructor(e,t){this.parent=e,this.selfName=t}},Ai=["nil","boolean","number","keyword","string","tuple","list","dict","set","fn","box","pid","pkg"];wr=class{analysis={refs:new Map,bindings:new Map,bindingFns:new Set,fnScopes:new Map};source;opts;scopes=[];fn=new vs(null,null);loops=[];constructor(e,t){this.source=e,this.opts=t}error(e,t,n){throw new _("validation",e,this.source,t,n?{hint:n}:{})}line(e){return this.source.position(e.start).line}pushScope(e){let t={fn:this.fn,names:new Map,later:new Map,toplevel:e};return this.scopes.push(t),t}popScope(){this.scopes.pop()}get scope(){return this.scopes[this.scopes.length-1]}bindingFor(e,t,n){let r=this.analysis.bindings.get(t);return r||(r=new xr(e,t,this.fn,this.scope.toplevel,n),this.analysis.bindings.set(t,r)),r}declare(e,t,n){let r=this.scope,a=r.names.get(e);if(a&&!(r.toplevel&&this.opts.allowRebind)){if(hn(a.node)==="fndecl"&&hn(t)==="fn")return this.analysis.bindings.set(t,a),a;this.error(`\`${e}\` is already bound in this scope (on line ${this.line(a.span)})`,n,"use a different name, or bind it in an inner block { ... }")}let i=this.bindingFor(e,t,n);return r.names.set(e,i),i}prescan(e){let t=this.scope,n=(a,i,l)=>{if(t.later.has(a)){let o=t.later.get(a);hn(o.node)==="fndecl"&&hn(i)==="fn"&&this.analysis.bindings.set(i,o);return}t.later.set(a,this.bindingFor(a,i,l))},r=new Map;for(let a of e)switch(a.kind){case"let":for(let[i,l,o]of v0(a.pattern))n(i,l,o);break;case"fn":a.name&&(n(a.name,a,a.span),r.delete(a.name));break;case"fndecl":n(a.name,a,a.span),r.set(a.name,a);break;case"box":case"pkg":case"import":n(a.name,a,a.nameSpan);break}for(let a of r.values())this.neverDefined.add(a)}neverDefined=new Set;resolve(e,t,n){let r=this.lookup(e,t);this.analysis.refs.set(n,r)}lookup(e,t){let n=this.scopes,r=n.length-1;for(;r>=0&&n[r].fn===this.fn;r--){let o=n[r].names.get(e);if(o)return{kind:"binding",binding:o}}if(this.fn.selfName===e)return{kind:"self"};for(let o=r;o>=0;o--){let u=n[o].names.get(e);if(u)return{kind:"binding",binding:u}}let a=this.opts.globals?.get(e);if(a!==void 0)return{kind:"global",slot:a};for(let o=r;o>=0;o--){let u=n[o].later.get(e);if(u)return u.toplevel||(u.needsCell=!0),{kind:"binding",binding:u}}if(this.opts.prelude.has(e))return{kind:"prelude",name:e};for(let o=n.length-1;o>r;o--){let u=n[o].later.get(e);u&&this.error(`\`${e}\` is used before it is bound (it is bound on line ${this.line(u.span)})`,t,"move the binding above this line")}let i=new RegExp(`:${e.replace(/[?!*/]/g,"\\$&")}(?![a-zA-Z0-9_/?!*])`),l=this.suggest(e);this.error(`unbound name \`${e}\`: nothing called \`${e}\` is bound here`,t,i.test(this.source.text)?`did you mean the keyword \`:${e}\`? (a keyword starts with a colon)`:l?`did you mean \`${l}\`?`:void 0)}suggest(e){let t=new Set;for(let a of this.scopes){for(let i of a.names.keys())t.add(i);for(let i of a.later.keys())t.add(i)}for(let a of this.opts.prelude)t.add(a);for(let a of this.opts.globals?.keys()??[])t.add(a);let n=null,r=Math.max(1,Math.floor(e.length/3))+1;for(let a of t){if(Math.abs(a.length-e.length)>=r)continue;let i=_0(e,a);i<r&&(r=i,n=a)}return n}script(e){this.analysis.fnScopes.set(e,this.fn),this.pushScope(!0),this.prescan(e.exprs);for(let t of e.exprs)this.statement(t,!0,null);this.popScope()}statement(e,t,n){switch(e.kind){case"let":this.expr(e.value,null),this.pattern(e.pattern,new Set);return;case"fn":if(e.name){this.analysis.bindingFns.add(e),this.fnExpr(e),this.declare(e.name,e,e.span);return}break;case"fndecl":{let r=this.declare(e.name,e,e.span);this.neverDefined.has(e)&&this.error(`\`${e.name}\` is declared here, but never defined in this block`,e.span,`define it below, as in \`fn ${e.name} (x) -> ...\`, or remove this line`),r.toplevel||(r.needsCell=!0);return}case"box":this.expr(e.value,null),this.declare(e.name,e,e.nameSpan);return;case"pkg":t||this.notToplevel("pkg",e.span),this.entries(e.entries),this.declare(e.name,e,e.nameSpan);return;case"import":t||this.notToplevel("import",e.span),this.declare(e.name,e,e.nameSpan);return;case"test":{t||this.notToplevel("test",e.span);let r=this.fn,a=this.loops;this.fn=new vs(r,null),this.analysis.fnScopes.set(e,this.fn),this.loops=[],this.expr(e.body,null),this.fn=r,this.loops=a;return}}this.expr(e,n)}notToplevel(e,t){this.error(`\`${e}\` may only appear at the top level of a script, not inside a block or function`,t)}block(e,t){this.pushScope(!1),this.prescan(e.exprs);let n=e.exprs.length;for(let r=0;r<n;r++)this.statement(e.exprs[r],!1,r===n-1?t:null);this.popScope()}expr(e,t){switch(e.kind){case"nil":case"bool":case"number":case"keyword":return;case"string":for(let n of e.parts)typeof n!="string"&&this.resolve(n.name,n.span,n);return;case"word":this.resolve(e.name,e.span,e);return;case"placeholder":this.error("`_` can only stand in for one argument of a call, as in `add (1, _)`",e.span);return;case"tuple":for(let n of e.items)this.expr(n,null);return;case"list":case"set":for(let n of e.items)this.expr(n.kind==="splat"?n.value:n,null);return;case"dict":this.entries(e.entries);return;case"synthetic":{e.root.kind==="word"&&this.resolve(e.root.name,e.root.span,e.root);let n=e.root.kind==="keyword";for(let r of e.tail)r.kind==="args"&&(n&&(r.items.length!==1||r.items[0].kind==="placeholder")&&this.error("a keyword called as a function takes exactly one argument, as in `:a (dict)`",r.span),this.args(r)),n=!1;return}case"let":this.pushScope(!1),this.expr(e.value,null),this.pattern(e.pattern,new Set),this.popScope();return;case"block":this.block(e,t);return;case"if":this.expr(e.cond,null),this.expr(e.then,t),this.expr(e.else,t);return;case"iflet":this.expr(e.value,null),this.pushScope(!1),this.pattern(e.pattern,new Set),this.expr(e.then,t),this.popScope(),this.expr(e.else,t);return;case"when":for(let n of e.clauses)n.test&&this.expr(n.test,null),this.expr(n.body,t);return;case"match":this.expr(e.value,null);for(let n of e.clauses)this.matchClause(n,t);return;case"receive":for(let n of e.clauses)this.matchClause(n,t);return;case"fn":this.fnExpr(e);return;case"fndecl":this.error("a forward declaration `fn name` must stand on its own line",e.span);return;case"do":this.expr(e.first,null);for(let n of e.steps)this.pipeStep(n);return;case"loop":{for(let r of e.args.items)this.expr(r,null);let n={arity:e.args.items.length,fn:this.fn};for(let r of e.clauses)r.params.rest===null&&r.params.items.length!==n.arity&&this.error(`this loop starts with ${pn(n.arity,"value")}, but this clause takes ${pn(r.params.items.length,"value")}`,r.params.span),this.loops.push(n),this.clause(r,n),this.loops.pop();return}case"recur":{let n=this.loops[this.loops.length-1];(!n||n.fn!==this.fn)&&this.error("`recur` can only be used inside a `loop`",e.span),t!==n&&this.error("`recur` must be the last thing a loop clause does (in tail position)",e.span),e.args.items.length!==n.arity&&this.error(`this loop takes ${pn(n.arity,"value")}, but \`recur\` gives it ${pn(e.args.items.length,"value")}`,e.args.span);for(let r of e.args.items)r.kind==="placeholder"&&this.error("`_` cannot stand in for an argument of `recur`",r.span),this.expr(r,null);return}case"repeat":this.expr(e.count,null),this.block(e.body,null);return;case"panic":this.expr(e.value,null);return;case"box":case"pkg":case"import":case"test":this.pushScope(!1),this.statement(e,!1,null),this.popScope();return}}args(e){let t=0;for(let n of e.items)n.kind==="placeholder"?(t++,t>1&&this.error("a partially applied function may have only one `_`",n.span,"write a lambda instead: `fn (x, y) -> ...`")):this.expr(n,null)}pipeStep(e){this.expr(e,null)}entries(e){for(let t of e)this.expr((t.kind==="splat",t.value),null)}fnExpr(e){let t=this.fn,n=this.loops;this.fn=new vs(t,e.name),this.analysis.fnScopes.set(e,this.fn),this.loops=[];for(let r of e.clauses)this.clause(r,null);this.fn=t,this.loops=n}clause(e,t){this.pushScope(!1),this.pattern(e.params,new Set),e.guard&&this.expr(e.guard,null),this.expr(e.body,t),this.popScope()}matchClause(e,t){this.pushScope(!1),this.pattern(e.pattern,new Set),e.guard&&this.expr(e.guard,null),this.expr(e.body,t),this.popScope()}pattern(e,t){switch(e.kind){case"pwild":case"pignored":case"pliteral":return;case"pword":this.patternName(e.name,e,e.span,t);return;case"ptyped":Ai.includes(e.type)||this.error(`\`:${e.type}\` is not a type: types are ${Ai.map(n=>":"+n).join(" ")}`,e.span),this.pattern(e.inner,t);return;case"ptuple":case"plist":for(let n of e.items)this.pattern(n,t);e.rest?.name&&this.patternName(e.rest.name,e.rest,e.rest.span,t);return;case"pdict":for(let n of e.entries)this.pattern(n.pattern,t);e.rest?.name&&this.patternName(e.rest.name,e.rest,e.rest.span,t);return}}patternName(e,t,n,r){r.has(e)&&this.error(`\`${e}\` appears twice in this pattern; a name may be bound only once`,n,"use `_` or `_"+e+"` for a value you want to ignore"),r.add(e),this.declare(e,t,n)}}});var Ri,Ti=O(()=>{Ri='{"version":3,"ops":"NOP,CONST,NIL,TRUE,FALSE,POP,LOAD,LOAD_GLOBAL,LOAD_CAPTURE,LOAD_SELF,LOAD_CELL,LOAD_CAPTURE_CELL,NEW_CELL,CELL_FROM,GLOBAL_FROM,MOVE_TOP,TRUNCATE,SWAP,TUPLE,LIST,LIST_APPEND,LIST_CONCAT,SET,SET_ADD,SET_UNION,DICT,DICT_PUT,DICT_MERGE,INTERP,CLOSURE,PARTIAL,GET_KEY,BOX,PKG,JUMP,JUMP_IF_FALSE,CALL,TAIL_CALL,RETURN,PANIC,ARITY_EQ,PACK_ARGS,MATCH_TUPLE,MATCH_TUPLE_MIN,MATCH_LIST,MATCH_LIST_MIN,MATCH_DICT,MATCH_EQ,MATCH_TYPE,PUSH_ELEM,PUSH_REST,PUSH_KEY,PUSH_DICT_REST,FAIL_FN,FAIL_LET,FAIL_MATCH,FAIL_WHEN,FAIL_LOOP,RECUR,REPEAT_INIT,REPEAT_STEP,RECV_START,RECV_PEEK,RECV_TAKE,RECV_SKIP,IMPORT,TEST,ADD,SUB,MULT,DIV,INC,DEC,EQ,LT,GT,LTE,GTE,ADD_SS,ADD_SK,SUB_SS,SUB_SK,MULT_SS,MULT_SK,INC_S,DEC_S,EQ_SS_JF,EQ_SK_JF,LT_SS_JF,LT_SK_JF,GT_SS_JF,GT_SK_JF,LTE_SS_JF,LTE_SK_JF,GTE_SS_JF,GTE_SK_JF,SEND,SELF,SPAWN,APPEND,ARITY_MIN,UNPACK_ARGS,CALL_VALUE","parts":[{"name":"prelude","text":"&&& The Ludus prelude\\n&\\n& This file, uniquely, sees `base`: the host primitives of lib/vm/primitives.ts,\\n& called as `base :name (args)` (the compiler turns that into a direct call).\\n& Every public function here is an ordinary Ludus function. Its clauses, with\\n& their typed patterns, are the documentation of what it accepts: when no\\n& clause matches, the panic lists them (\\"`add` takes: (x as :number, y as\\n& :number) or ...\\"). The most common clause comes first, because clauses are\\n& tried in order; the functions that must be fast (add, append, concat, count,\\n& fold, map, filter, string ...) start with a thin clause that hands the common\\n& case straight to `base`. A clause with a splat (`...more`) makes every call of\\n& its function pack the arguments into a tuple, so n-ary forms are written as\\n& `(x, y, z, ...more)`, never `(x, y, ...more)`, which would also match two\\n& arguments and loop forever on a bad pair.\\n&\\n& Higher-order functions loop with `loop`/`recur` here, in Ludus, so that the\\n& VM counts reductions and host code never calls back into Ludus.\\n&\\n& Helpers that are not part of the prelude\'s public face are defined inside a\\n& block, so they do not become names in every script.\\n&\\n& Sections: types and values; numbers; angles and vectors; comparisons;\\n& collections; dicts; strings; console; boxes; processes; results.\\n\\n&&& Types and values\\n\\nfn type {\\n  \\"Returns a keyword naming the type of a value: :nil, :boolean, :number, :keyword, :string, :tuple, :list, :set, :dict, :pkg, :fn, :box or :pid.\\"\\n  (x) -> base :type (x)\\n}\\n\\nfn eq? {\\n  \\"Returns true if all its arguments are equal. Data (numbers, strings, tuples, lists, dicts, sets ...) compare deeply, by value; functions, boxes and processes are equal only to themselves.\\"\\n  (x, y) -> base :eq? (x, y)\\n  (x) -> true\\n  (x, y, z, ...more) -> loop ([y, z, ...more]) with {\\n    ([a, ...rest]) -> if base :eq? (x, a) then recur (rest) else false\\n    ([]) -> true\\n  }\\n}\\n\\nfn neq? {\\n  \\"Returns true if no two of its arguments are equal: neq? (1, 2) is true, neq? (1, 2, 1) is false.\\"\\n  (x, y) -> if base :eq? (x, y) then false else true\\n  (x) -> true\\n  (x, y, z, ...more) -> loop ([x, y, z, ...more]) with {\\n    ([a, ...rest]) -> if base :list_has? (rest, a) then false else recur (rest)\\n    ([]) -> true\\n  }\\n}\\n\\nfn nil? {\\n  \\"Returns true if a value is nil.\\"\\n  (nil) -> true\\n  (_) -> false\\n}\\n\\nfn some? {\\n  \\"Returns true if a value is not nil.\\"\\n  (nil) -> false\\n  (_) -> true\\n}\\n\\nfn some {\\n  \\"Takes a value that may be nil and a default: returns the value, or the default if the value is nil.\\"\\n  (nil, default) -> default\\n  (value, _) -> value\\n}\\n\\nfn bool? {\\n  \\"Returns true if a value is a boolean: true or false.\\"\\n  (true) -> true\\n  (false) -> true\\n  (_) -> false\\n}\\n\\nfn true? {\\n  \\"Returns true if a value is exactly true (not just truthy).\\"\\n  (true) -> true\\n  (_) -> false\\n}\\n\\nfn false? {\\n  \\"Returns true if a value is exactly false (nil is not false).\\"\\n  (false) -> true\\n  (_) -> false\\n}\\n\\nfn bool {\\n  \\"Converts a value to a boolean: false for nil and false, true for everything else.\\"\\n  (nil) -> false\\n  (false) -> false\\n  (_) -> true\\n}\\n\\nfn not {\\n  \\"Returns true if a value is falsy (nil or false), false otherwise.\\"\\n  (nil) -> true\\n  (false) -> true\\n  (_) -> false\\n}\\n\\nfn and {\\n  \\"Returns true if all its arguments are truthy (neither nil nor false), otherwise false. It is a function: all the arguments are evaluated first.\\"\\n  (x, y) -> if x then { if y then true else false } else false\\n  () -> true\\n  (x) -> if x then true else false\\n  (x, y, z, ...more) -> loop ([x, y, z, ...more]) with {\\n    ([a, ...rest]) -> if a then recur (rest) else false\\n    ([]) -> true\\n  }\\n}\\n\\nfn or {\\n  \\"Returns the first of its arguments that is truthy (neither nil nor false), or nil if there is none. It is a function: all the arguments are evaluated first.\\"\\n  (x, y) -> if x then x else { if y then y else nil }\\n  () -> nil\\n  (x) -> if x then x else nil\\n  (x, y, z, ...more) -> loop ([x, y, z, ...more]) with {\\n    ([a, ...rest]) -> if a then a else recur (rest)\\n    ([]) -> nil\\n  }\\n}\\n\\nfn number? {\\n  \\"Returns true if a value is a number.\\"\\n  (x as :number) -> true\\n  (_) -> false\\n}\\n\\nfn int? {\\n  \\"Returns true if a value is a whole number (a number with no fractional part).\\"\\n  (x) -> base :int? (x)\\n}\\n\\nfn keyword? {\\n  \\"Returns true if a value is a keyword.\\"\\n  (x as :keyword) -> true\\n  (_) -> false\\n}\\n\\nfn string? {\\n  \\"Returns true if a value is a string.\\"\\n  (x as :string) -> true\\n  (_) -> false\\n}\\n\\nfn fn? {\\n  \\"Returns true if a value is a function (named, anonymous, partially applied or built in).\\"\\n  (x as :fn) -> true\\n  (_) -> false\\n}\\n\\nfn tuple? {\\n  \\"Returns true if a value is a tuple.\\"\\n  (x as :tuple) -> true\\n  (_) -> false\\n}\\n\\nfn list? {\\n  \\"Returns true if a value is a list.\\"\\n  (x as :list) -> true\\n  (_) -> false\\n}\\n\\nfn dict? {\\n  \\"Returns true if a value is a dict.\\"\\n  (x as :dict) -> true\\n  (_) -> false\\n}\\n\\nfn set? {\\n  \\"Returns true if a value is a set.\\"\\n  (x as :set) -> true\\n  (_) -> false\\n}\\n\\nfn pkg? {\\n  \\"Returns true if a value is a package.\\"\\n  (x as :pkg) -> true\\n  (_) -> false\\n}\\n\\nfn box? {\\n  \\"Returns true if a value is a box.\\"\\n  (x as :box) -> true\\n  (_) -> false\\n}\\n\\nfn pid? {\\n  \\"Returns true if a value is a process id (what spawn! and self return).\\"\\n  (x as :pid) -> true\\n  (_) -> false\\n}\\n\\nfn coll? {\\n  \\"Returns true if a value is a collection: a list, tuple, set, dict or package.\\"\\n  (x as :list) -> true\\n  (x as :tuple) -> true\\n  (x as :dict) -> true\\n  (x as :set) -> true\\n  (x as :pkg) -> true\\n  (_) -> false\\n}\\n\\nfn ordered? {\\n  \\"Returns true if a value is an ordered collection, whose elements have indices: a list or a tuple.\\"\\n  (x as :list) -> true\\n  (x as :tuple) -> true\\n  (_) -> false\\n}\\n\\nfn assoc? {\\n  \\"Returns true if a value is an associative collection, with keys: a dict or a package.\\"\\n  (x as :dict) -> true\\n  (x as :pkg) -> true\\n  (_) -> false\\n}\\n\\nfn show {\\n  \\"Returns the printed form of any value as a string, the way the result of a script is shown: strings in quotes, 1.0 as 1, lists as [1, 2] and so on.\\"\\n  (x) -> base :show (x)\\n}\\n\\n&&& Numbers\\n\\nfn add {\\n  \\"Adds numbers, or 2-D vectors given as (x, y) tuples: add (1, 2) is 3, add ((1, 2), (3, 4)) is (4, 6). With no arguments, returns 0.\\"\\n  (x as :number, y as :number) -> base :add (x, y)\\n  ((x1, y1), (x2, y2)) -> (add (x1, x2), add (y1, y2))\\n  () -> 0\\n  (x as :number) -> x\\n  (x, y, z, ...more) -> fold (add, [z, ...more], add (x, y))\\n}\\n\\nfn sub {\\n  \\"Subtracts numbers, or 2-D vectors given as (x, y) tuples: sub (10, 3) is 7, and sub (10, 3, 2) is 5.\\"\\n  (x as :number, y as :number) -> base :sub (x, y)\\n  ((x1, y1), (x2, y2)) -> (sub (x1, x2), sub (y1, y2))\\n  (x as :number) -> x\\n  (x, y, z, ...more) -> fold (sub, [z, ...more], sub (x, y))\\n}\\n\\nfn mult {\\n  \\"Multiplies numbers; multiplying a 2-D vector (x, y) and a number, on either side, scales the vector: mult ((1, 2), 3) is (3, 6). With no arguments, returns 1.\\"\\n  (x as :number, y as :number) -> base :mult (x, y)\\n  ((x, y), k as :number) -> (mult (x, k), mult (y, k))\\n  (k as :number, (x, y)) -> (mult (k, x), mult (k, y))\\n  () -> 1\\n  (x as :number) -> x\\n  (x, y, z, ...more) -> fold (mult, [z, ...more], mult (x, y))\\n}\\n\\nfn div {\\n  \\"Divides numbers: div (10, 4) is 2.5, div (60, 2, 3) is 10. A 2-D vector (x, y) may be divided by a number. Panics on division by zero; see div/0 and div/safe.\\"\\n  (x as :number, y as :number) -> base :div (x, y)\\n  ((x, y), k as :number) -> (div (x, k), div (y, k))\\n  (x as :number) -> x\\n  (x, y, z, ...more) -> fold (div, [z, ...more], div (x, y))\\n}\\n\\nfn div/0 {\\n  \\"Divides two numbers, but returns 0 when dividing by zero instead of panicking.\\"\\n  (x as :number, 0) -> 0\\n  (x as :number, y as :number) -> base :div (x, y)\\n}\\n\\nfn div/safe {\\n  \\"Divides two numbers and returns a result: (:ok, quotient), or (:err, \\\\\\"division by zero\\\\\\").\\"\\n  (x as :number, 0) -> (:err, \\"division by zero\\")\\n  (x as :number, y as :number) -> (:ok, base :div (x, y))\\n}\\n\\nfn inc {\\n  \\"Adds one to a number.\\"\\n  (x as :number) -> base :add (x, 1)\\n}\\n\\nfn dec {\\n  \\"Subtracts one from a number.\\"\\n  (x as :number) -> base :sub (x, 1)\\n}\\n\\nfn neg {\\n  \\"Negates a number (neg (3) is -3), or a 2-D vector.\\"\\n  (x as :number) -> base :sub (0, x)\\n  ((x as :number, y as :number)) -> (base :sub (0, x), base :sub (0, y))\\n}\\n\\nfn abs {\\n  \\"Returns the absolute value of a number: abs (-3) is 3.\\"\\n  (x as :number) -> base :abs (x)\\n}\\n\\nfn mod {\\n  \\"Returns the remainder of dividing x by y, with the sign of y (it rounds the quotient down, toward negative infinity): mod (7, 3) is 1, mod (-1, 3) is 2. Panics if y is 0.\\"\\n  (x as :number, y as :number) -> base :mod (x, y)\\n}\\n\\nfn pow {\\n  \\"Raises a number to a power: pow (2, 10) is 1024.\\"\\n  (x as :number, y as :number) -> base :pow (x, y)\\n}\\n\\nfn square {\\n  \\"Multiplies a number by itself.\\"\\n  (x as :number) -> base :mult (x, x)\\n}\\n\\nfn sqrt {\\n  \\"Returns the square root of a number that is not negative.\\"\\n  (x as :number) -> if base :lt? (x, 0)\\n    then panic! (\\"sqrt needs a number that is not negative, but got\\", x)\\n    else base :sqrt (x)\\n}\\n\\nfn sum_of_squares {\\n  \\"Returns the sum of the squares of its arguments, all numbers: sum_of_squares (3, 4) is 25.\\"\\n  (x as :number, y as :number) -> base :add (base :mult (x, x), base :mult (y, y))\\n  (...xs) -> fold (fn (acc, x) -> add (acc, square (x)), xs, 0)\\n}\\n\\nfn floor {\\n  \\"Rounds a number down, toward negative infinity: floor (-1.5) is -2.\\"\\n  (x as :number) -> base :floor (x)\\n}\\n\\nfn ceil {\\n  \\"Rounds a number up, toward positive infinity: ceil (1.2) is 2.\\"\\n  (x as :number) -> base :ceil (x)\\n}\\n\\nfn round {\\n  \\"Rounds a number to the nearest whole number; halves round away from zero: round (2.5) is 3, round (-2.5) is -3.\\"\\n  (x as :number) -> if base :lt? (x, 0)\\n    then base :sub (0, base :round (base :sub (0, x)))\\n    else base :round (x)\\n}\\n\\nfn min {\\n  \\"Returns the smallest of its arguments, all numbers, or of a list of numbers.\\"\\n  (x as :number, y as :number) -> if base :lt? (y, x) then y else x\\n  (x as :number) -> x\\n  (xs as :list) -> if base :eq? (xs, [])\\n    then panic! \\"min needs at least one number, but got an empty list\\"\\n    else fold (min, rest (xs), first (xs))\\n  (x, y, z, ...more) -> fold (min, [z, ...more], min (x, y))\\n}\\n\\nfn max {\\n  \\"Returns the largest of its arguments, all numbers, or of a list of numbers.\\"\\n  (x as :number, y as :number) -> if base :gt? (y, x) then y else x\\n  (x as :number) -> x\\n  (xs as :list) -> if base :eq? (xs, [])\\n    then panic! \\"max needs at least one number, but got an empty list\\"\\n    else fold (max, rest (xs), first (xs))\\n  (x, y, z, ...more) -> fold (max, [z, ...more], max (x, y))\\n}\\n\\nfn random {\\n  \\"Returns a random number. With no arguments, between 0 (included) and 1 (excluded); with one number n, between 0 and n; with two numbers, between the first (included) and the second (excluded). Given a list, tuple or set, returns a random element (nil if it is empty); given a dict, a random value.\\"\\n  () -> base :random ()\\n  (n as :number) -> base :mult (n, base :random ())\\n  (m as :number, n as :number) -> base :add (m, base :mult (base :sub (n, m), base :random ()))\\n  (xs as :list) -> base :at (xs, base :floor (base :mult (base :count (xs), base :random ())))\\n  (xs as :tuple) -> base :at (xs, base :floor (base :mult (base :count (xs), base :random ())))\\n  (s as :set) -> random (base :to_list (s))\\n  (d as :dict) -> random (base :values (d))\\n}\\n\\nfn random_int {\\n  \\"Returns a random whole number: with one number n, from 0 up to n (excluded); with two numbers m and n, from m up to n (excluded). random_int (6) gives one of 0 to 5.\\"\\n  (n as :number) -> base :floor (random (n))\\n  (m as :number, n as :number) -> base :floor (random (m, n))\\n}\\n\\nfn zero? {\\n  \\"Returns true if a number is 0.\\"\\n  (x as :number) -> base :eq? (x, 0)\\n}\\n\\nfn pos? {\\n  \\"Returns true if a number is greater than 0.\\"\\n  (x as :number) -> base :gt? (x, 0)\\n}\\n\\nfn neg? {\\n  \\"Returns true if a number is less than 0.\\"\\n  (x as :number) -> base :lt? (x, 0)\\n}\\n\\nfn even? {\\n  \\"Returns true if a number is even: a whole number divisible by 2.\\"\\n  (x as :number) -> base :eq? (base :mod (x, 2), 0)\\n}\\n\\nfn odd? {\\n  \\"Returns true if a number is odd: a whole number not divisible by 2.\\"\\n  (x as :number) -> base :eq? (base :mod (x, 2), 1)\\n}\\n\\n&&& Angles and vectors\\n& Angles are in turns unless a unit keyword says otherwise: a whole turn is 1,\\n& a quarter turn 0.25. Whole quarter (and eighth) turns give exact results, so\\n& that sin (0.5) is 0 and not 1.2246467991473532e-16.\\n\\nlet pi = 3.141592653589793\\n\\nlet tau = base :mult (2, pi)\\n\\nfn turn/deg {\\n  \\"Converts an angle in turns to degrees: turn/deg (0.25) is 90.\\"\\n  (a as :number) -> base :mult (a, 360)\\n}\\n\\nfn deg/turn {\\n  \\"Converts an angle in degrees to turns: deg/turn (90) is 0.25.\\"\\n  (a as :number) -> base :div (a, 360)\\n}\\n\\nfn turn/rad {\\n  \\"Converts an angle in turns to radians: turn/rad (0.5) is pi.\\"\\n  (a as :number) -> base :mult (a, tau)\\n}\\n\\nfn rad/turn {\\n  \\"Converts an angle in radians to turns: rad/turn (pi) is 0.5.\\"\\n  (a as :number) -> base :div (a, tau)\\n}\\n\\nfn deg/rad {\\n  \\"Converts an angle in degrees to radians: deg/rad (180) is pi.\\"\\n  (a as :number) -> base :div (base :mult (a, pi), 180)\\n}\\n\\nfn rad/deg {\\n  \\"Converts an angle in radians to degrees: rad/deg (pi) is 180.\\"\\n  (a as :number) -> base :div (base :mult (a, 180), pi)\\n}\\n\\nlet (sin, cos, tan) = {\\n  & sine, cosine and tangent of an angle in turns, exact at quarter turns\\n  fn sin_turns (a) -> match base :mod (a, 1) with {\\n    0 -> 0\\n    0.25 -> 1\\n    0.5 -> 0\\n    0.75 -> -1\\n    t -> base :sin (base :mult (t, tau))\\n  }\\n\\n  fn cos_turns (a) -> match base :mod (a, 1) with {\\n    0 -> 1\\n    0.25 -> 0\\n    0.5 -> -1\\n    0.75 -> 0\\n    t -> base :cos (base :mult (t, tau))\\n  }\\n\\n  fn tan_turns (a) -> match base :mod (a, 0.5) with {\\n    0 -> 0\\n    0.125 -> 1\\n    0.375 -> -1\\n    t -> base :tan (base :mult (t, tau))\\n  }\\n\\n  fn sin {\\n    \\"Returns the sine of an angle, in turns unless a unit is given (:turns, :degrees or :radians): sin (0.25) is 1, sin (90, :degrees) is 1.\\"\\n    (a as :number) -> sin_turns (a)\\n    (a as :number, :turns) -> sin_turns (a)\\n    (a as :number, :degrees) -> sin_turns (base :div (a, 360))\\n    (a as :number, :radians) -> base :sin (a)\\n  }\\n\\n  fn cos {\\n    \\"Returns the cosine of an angle, in turns unless a unit is given (:turns, :degrees or :radians): cos (0.5) is -1, cos (180, :degrees) is -1.\\"\\n    (a as :number) -> cos_turns (a)\\n    (a as :number, :turns) -> cos_turns (a)\\n    (a as :number, :degrees) -> cos_turns (base :div (a, 360))\\n    (a as :number, :radians) -> base :cos (a)\\n  }\\n\\n  fn tan {\\n    \\"Returns the tangent of an angle, in turns unless a unit is given (:turns, :degrees or :radians): tan (0.125) is 1, tan (45, :degrees) is 1.\\"\\n    (a as :number) -> tan_turns (a)\\n    (a as :number, :turns) -> tan_turns (a)\\n    (a as :number, :degrees) -> tan_turns (base :div (a, 360))\\n    (a as :number, :radians) -> base :tan (a)\\n  }\\n\\n  (sin, cos, tan)\\n}\\n\\nfn atan/2 {\\n  \\"Returns the angle of the point (x, y), measured counterclockwise from the positive x axis, between -0.5 and 0.5 turns. Like atan2 in other languages it takes y first: atan/2 (1, 0) is 0.25. It also takes an (x, y) vector: atan/2 ((0, 1)) is 0.25. A last unit keyword (:turns, :degrees or :radians) changes the unit of the result.\\"\\n  (y as :number, x as :number) -> base :div (base :atan/2 (y, x), tau)\\n  (y as :number, x as :number, :turns) -> base :div (base :atan/2 (y, x), tau)\\n  (y as :number, x as :number, :degrees) -> rad/deg (base :atan/2 (y, x))\\n  (y as :number, x as :number, :radians) -> base :atan/2 (y, x)\\n  ((x as :number, y as :number)) -> atan/2 (y, x)\\n  ((x as :number, y as :number), units as :keyword) -> atan/2 (y, x, units)\\n}\\n\\nfn rotate {\\n  \\"Rotates a 2-D vector (x, y) counterclockwise by an angle, in turns unless a unit is given (:turns, :degrees or :radians): rotate ((1, 0), 0.25) is (0, 1).\\"\\n  ((x as :number, y as :number), a as :number) -> rotate ((x, y), a, :turns)\\n  ((x as :number, y as :number), a as :number, units as :keyword) -> {\\n    let c = cos (a, units)\\n    let s = sin (a, units)\\n    (base :sub (base :mult (x, c), base :mult (y, s)), base :add (base :mult (x, s), base :mult (y, c)))\\n  }\\n}\\n\\nfn angle {\\n  \\"Returns the angle from one 2-D vector to another, in turns, counterclockwise, between -0.5 and 0.5: angle ((1, 0), (0, 1)) is 0.25.\\"\\n  ((x1 as :number, y1 as :number), (x2 as :number, y2 as :number)) -> {\\n    let a = base :sub (atan/2 (y2, x2), atan/2 (y1, x1))\\n    base :sub (base :mod (base :add (a, 0.5), 1), 0.5)\\n  }\\n}\\n\\nfn dist {\\n  \\"Returns the distance of the point (x, y) from the origin; given two points, the distance between them: dist (3, 4) and dist ((3, 4)) are 5.\\"\\n  (x as :number, y as :number) -> base :sqrt (base :add (base :mult (x, x), base :mult (y, y)))\\n  ((x as :number, y as :number)) -> dist (x, y)\\n  ((x1 as :number, y1 as :number), (x2 as :number, y2 as :number)) -> dist (base :sub (x2, x1), base :sub (y2, y1))\\n}\\n\\nfn heading/vector {\\n  \\"Returns the unit vector (x, y) of a turtle heading, in turns: heading 0 points up, (0, 1), and headings grow clockwise, so 0.25 points right, (1, 0).\\"\\n  (heading as :number) -> (sin (heading), cos (heading))\\n}\\n\\n&&& Comparisons\\n\\nfn lt? {\\n  \\"Returns true if its numbers are in strictly increasing order: lt? (1, 2) and lt? (1, 2, 3) are true.\\"\\n  (x as :number, y as :number) -> base :lt? (x, y)\\n  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {\\n    (a, [b, ...rest]) -> if lt? (a, b) then recur (b, rest) else false\\n    (_, []) -> true\\n  }\\n}\\n\\nfn lte? {\\n  \\"Returns true if its numbers are in increasing order, equal neighbours allowed: lte? (1, 1, 2) is true.\\"\\n  (x as :number, y as :number) -> base :lte? (x, y)\\n  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {\\n    (a, [b, ...rest]) -> if lte? (a, b) then recur (b, rest) else false\\n    (_, []) -> true\\n  }\\n}\\n\\nfn gt? {\\n  \\"Returns true if its numbers are in strictly decreasing order: gt? (2, 1) and gt? (3, 2, 1) are true.\\"\\n  (x as :number, y as :number) -> base :gt? (x, y)\\n  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {\\n    (a, [b, ...rest]) -> if gt? (a, b) then recur (b, rest) else false\\n    (_, []) -> true\\n  }\\n}\\n\\nfn gte? {\\n  \\"Returns true if its numbers are in decreasing order, equal neighbours allowed: gte? (2, 2, 1) is true.\\"\\n  (x as :number, y as :number) -> base :gte? (x, y)\\n  (x, y, z, ...more) -> loop (x, [y, z, ...more]) with {\\n    (a, [b, ...rest]) -> if gte? (a, b) then recur (b, rest) else false\\n    (_, []) -> true\\n  }\\n}\\n\\n&&& Collections\\n\\nfn list {\\n  \\"Converts a value to a list: a list stays as it is; a tuple keeps its order; a set gives its members; a dict gives (key, value) tuples; a string gives its characters; any other value becomes a one-element list.\\"\\n  (x) -> base :to_list (x)\\n}\\n\\nfn tuple {\\n  \\"Converts a list or a set to a tuple (a tuple stays as it is).\\"\\n  (xs as :list) -> base :to_tuple (xs)\\n  (xs as :tuple) -> xs\\n  (s as :set) -> base :to_tuple (base :to_list (s))\\n}\\n\\nfn set {\\n  \\"Converts a list or a tuple to a set of its elements, dropping repeats (a set stays as it is).\\"\\n  (xs as :list) -> base :to_set (xs)\\n  (xs as :tuple) -> base :to_set (xs)\\n  (s as :set) -> s\\n}\\n\\nfn count {\\n  \\"Returns the number of elements of a list, tuple, set or dict, or the number of characters of a string.\\"\\n  (xs as :list) -> base :count (xs)\\n  (s as :string) -> base :count (s)\\n  (xs as :tuple) -> base :count (xs)\\n  (d as :dict) -> base :count (d)\\n  (s as :set) -> base :count (s)\\n  (p as :pkg) -> base :count (p)\\n}\\n\\nfn empty? {\\n  \\"Returns true if a list, tuple, set, dict or string has no elements: [], (), $\\\\{}, #\\\\{} and \\\\\\"\\\\\\" are empty.\\"\\n  (xs as :list) -> base :eq? (base :count (xs), 0)\\n  (s as :string) -> base :eq? (s, \\"\\")\\n  (xs as :tuple) -> base :eq? (base :count (xs), 0)\\n  (d as :dict) -> base :eq? (base :count (d), 0)\\n  (s as :set) -> base :eq? (base :count (s), 0)\\n}\\n\\nfn at {\\n  \\"Returns the element at an index of a list or tuple, or the character at an index of a string. The first is at index 0. Returns nil if there is nothing at that index.\\"\\n  (xs as :list, i as :number) -> base :at (xs, i)\\n  (xs as :tuple, i as :number) -> base :at (xs, i)\\n  (s as :string, i as :number) -> base :at (s, i)\\n}\\n\\nfn first {\\n  \\"Returns the first element of a list or tuple, or the first character of a string; nil if it is empty.\\"\\n  (xs as :list) -> base :at (xs, 0)\\n  (xs as :tuple) -> base :at (xs, 0)\\n  (s as :string) -> base :at (s, 0)\\n}\\n\\nfn second {\\n  \\"Returns the second element of a list or tuple, or the second character of a string; nil if there is none.\\"\\n  (xs as :list) -> base :at (xs, 1)\\n  (xs as :tuple) -> base :at (xs, 1)\\n  (s as :string) -> base :at (s, 1)\\n}\\n\\nfn last {\\n  \\"Returns the last element of a list or tuple, or the last character of a string; nil if it is empty.\\"\\n  (xs as :list) -> base :at (xs, base :sub (base :count (xs), 1))\\n  (xs as :tuple) -> base :at (xs, base :sub (base :count (xs), 1))\\n  (s as :string) -> base :at (s, base :sub (base :count (s), 1))\\n}\\n\\nfn rest {\\n  \\"Returns all but the first element of a list or tuple, as a list (all but the first character of a string, as a string). The rest of an empty list is an empty list.\\"\\n  (xs as :list) -> base :rest (xs)\\n  (xs as :tuple) -> base :rest (xs)\\n  (s as :string) -> base :slice (s, 1, base :count (s))\\n}\\n\\nfn butlast {\\n  \\"Returns all but the last element of a list or tuple, as a list (all but the last character of a string, as a string).\\"\\n  (xs as :list) -> base :slice (xs, 0, base :sub (base :count (xs), 1))\\n  (xs as :tuple) -> base :slice (xs, 0, base :sub (base :count (xs), 1))\\n  (s as :string) -> slice (s, 0, base :sub (base :count (s), 1))\\n}\\n\\nlet slice = {\\n  & `slice` with its indices moved inside the collection (rounded down, 0 <= start <= end <= count)\\n  fn within (xs, start, end) -> {\\n    let n = base :count (xs)\\n    let s = min (max (base :floor (start), 0), n)\\n    let e = min (max (base :floor (end), s), n)\\n    base :slice (xs, s, e)\\n  }\\n\\n  fn slice {\\n    \\"Returns the part of a list or tuple from index `start` up to, but not including, index `end` (or to the end), as a list; for a string, that part of the string. Indices outside the collection are moved to its ends: slice ([1, 2, 3, 4], 1, 3) is [2, 3], slice (\\\\\\"hello\\\\\\", 1) is \\\\\\"ello\\\\\\".\\"\\n    (xs as :list, start as :number) -> slice (xs, start, base :count (xs))\\n    (xs as :list, start as :number, end as :number) -> within (xs, start, end)\\n    (xs as :tuple, start as :number) -> slice (xs, start, base :count (xs))\\n    (xs as :tuple, start as :number, end as :number) -> within (xs, start, end)\\n    (s as :string, start as :number) -> slice (s, start, base :count (s))\\n    (s as :string, start as :number, end as :number) -> within (s, start, end)\\n  }\\n}\\n\\nfn append {\\n  \\"Adds an element at the end of a list, or to a set: append ([1, 2], 3) is [1, 2, 3].\\"\\n  (xs as :list, x) -> base :append (xs, x)\\n  (s as :set, x) -> base :set_add (s, x)\\n}\\n\\nfn concat {\\n  \\"Joins two or more lists, strings or sets (all of the same kind): concat ([1], [2, 3]) is [1, 2, 3], concat (\\\\\\"a\\\\\\", \\\\\\"b\\\\\\") is \\\\\\"ab\\\\\\".\\"\\n  (xs as :list, ys as :list) -> base :concat (xs, ys)\\n  (a as :string, b as :string) -> base :concat (a, b)\\n  (s as :set, t as :set) -> base :concat (s, t)\\n  (x, y, z, ...more) -> fold (concat, [z, ...more], concat (x, y))\\n}\\n\\nfn fold {\\n  \\"Combines the elements of a list (or tuple or set), from first to last, with a function of two arguments: the result so far and the next element. fold (add, [1, 2, 3], 0) is 6. Without a starting value, starts from f () (so fold (add, xs) works).\\"\\n  (f as :fn, xs as :list, acc) -> loop (xs, acc) with {\\n    ([x, ...rest], acc) -> recur (rest, f (acc, x))\\n    (_, acc) -> acc\\n  }\\n  (f as :fn, xs as :list) -> fold (f, xs, f ())\\n  (f as :fn, xs as :tuple, acc) -> fold (f, base :to_list (xs), acc)\\n  (f as :fn, xs as :tuple) -> fold (f, base :to_list (xs), f ())\\n  (f as :fn, s as :set, acc) -> fold (f, base :to_list (s), acc)\\n  (f as :fn, s as :set) -> fold (f, base :to_list (s), f ())\\n}\\n\\nfn foldr {\\n  \\"Combines the elements of a list (or tuple or set), from last to first, with a function of two arguments: the next element and the result so far. foldr (f, [1, 2, 3], z) is f (1, f (2, f (3, z))). Without a starting value, starts from f ().\\"\\n  (f as :fn, xs as :list, acc) -> loop (base :reverse (xs), acc) with {\\n    ([x, ...rest], acc) -> recur (rest, f (x, acc))\\n    (_, acc) -> acc\\n  }\\n  (f as :fn, xs as :list) -> foldr (f, xs, f ())\\n  (f as :fn, xs as :tuple, acc) -> foldr (f, base :to_list (xs), acc)\\n  (f as :fn, xs as :tuple) -> foldr (f, base :to_list (xs), f ())\\n  (f as :fn, s as :set, acc) -> foldr (f, base :to_list (s), acc)\\n  (f as :fn, s as :set) -> foldr (f, base :to_list (s), f ())\\n}\\n\\nfn map {\\n  \\"Applies a function (or a keyword) to each element of a list or tuple and returns the list of results: map (inc, [1, 2, 3]) is [2, 3, 4]. On a set, returns a set. With only a function, returns a function that maps it over what it is given.\\"\\n  (f as :fn, xs as :list) -> loop (xs, []) with {\\n    ([x, ...rest], out) -> recur (rest, base :append (out, f (x)))\\n    (_, out) -> out\\n  }\\n  (kw as :keyword, xs as :list) -> loop (xs, []) with {\\n    ([x, ...rest], out) -> recur (rest, base :append (out, kw (x)))\\n    (_, out) -> out\\n  }\\n  (f as :fn, xs as :tuple) -> map (f, base :to_list (xs))\\n  (kw as :keyword, xs as :tuple) -> map (kw, base :to_list (xs))\\n  (f as :fn, s as :set) -> base :to_set (map (f, base :to_list (s)))\\n  (kw as :keyword, s as :set) -> base :to_set (map (kw, base :to_list (s)))\\n  (f as :fn) -> map (f, _)\\n  (kw as :keyword) -> map (kw, _)\\n}\\n\\nfn filter {\\n  \\"Keeps the elements of a list or tuple for which a predicate (a function, or a keyword) is truthy, and returns them as a list: filter (even?, [1, 2, 3, 4]) is [2, 4]. On a set, returns a set. With only a predicate, returns a function that filters what it is given.\\"\\n  (p as :fn, xs as :list) -> loop (xs, []) with {\\n    ([x, ...rest], out) -> if p (x)\\n      then recur (rest, base :append (out, x))\\n      else recur (rest, out)\\n    (_, out) -> out\\n  }\\n  (kw as :keyword, xs as :list) -> loop (xs, []) with {\\n    ([x, ...rest], out) -> if kw (x)\\n      then recur (rest, base :append (out, x))\\n      else recur (rest, out)\\n    (_, out) -> out\\n  }\\n  (p as :fn, xs as :tuple) -> filter (p, base :to_list (xs))\\n  (kw as :keyword, xs as :tuple) -> filter (kw, base :to_list (xs))\\n  (p as :fn, s as :set) -> base :to_set (filter (p, base :to_list (s)))\\n  (kw as :keyword, s as :set) -> base :to_set (filter (kw, base :to_list (s)))\\n  (p as :fn) -> filter (p, _)\\n  (kw as :keyword) -> filter (kw, _)\\n}\\n\\nfn keep {\\n  \\"Returns a list of the elements of a list or tuple that are not nil: keep ([1, nil, 2]) is [1, 2].\\"\\n  (xs as :list) -> filter (some?, xs)\\n  (xs as :tuple) -> filter (some?, base :to_list (xs))\\n}\\n\\nfn each! {\\n  \\"Calls a function on each element of a list, tuple or set, in order, for its effects; returns nil.\\"\\n  (f as :fn, xs as :list) -> loop (xs) with {\\n    ([x, ...rest]) -> {\\n      f (x)\\n      recur (rest)\\n    }\\n    (_) -> nil\\n  }\\n  (f as :fn, xs as :tuple) -> each! (f, base :to_list (xs))\\n  (f as :fn, s as :set) -> each! (f, base :to_list (s))\\n}\\n\\nfn contains? {\\n  \\"Returns true if a list, tuple or set has a value among its elements (compared by value): contains? (2, [1, 2, 3]) is true. For a string, returns true if the second string contains the first one: contains? (\\\\\\"ell\\\\\\", \\\\\\"hello\\\\\\") is true.\\"\\n  (x, xs as :list) -> base :list_has? (xs, x)\\n  (x, xs as :tuple) -> base :list_has? (xs, x)\\n  (x, s as :set) -> base :set_has? (s, x)\\n  (sub as :string, s as :string) -> if base :index_of (s, sub) then true else false\\n}\\n\\nfn omit {\\n  \\"Returns a list or set without a value: omit (2, [1, 2, 3, 2]) is [1, 3], omit (:a, $\\\\{:a, :b}) is $\\\\{:b}. (A tuple gives a list.)\\"\\n  (x, xs as :list) -> filter (fn (y) -> if base :eq? (x, y) then false else true, xs)\\n  (x, xs as :tuple) -> omit (x, base :to_list (xs))\\n  (x, s as :set) -> base :set_delete (s, x)\\n}\\n\\nfn index_of {\\n  \\"Returns the index of the first element of a list or tuple that equals a value, or the index where a string is first found in another string; nil if it is not there: index_of ([:a, :b], :b) is 1, index_of (\\\\\\"hello\\\\\\", \\\\\\"l\\\\\\") is 2.\\"\\n  (xs as :list, x) -> loop (xs, 0) with {\\n    ([y, ...rest], i) -> if base :eq? (x, y) then i else recur (rest, base :add (i, 1))\\n    (_, _) -> nil\\n  }\\n  (xs as :tuple, x) -> index_of (base :to_list (xs), x)\\n  (s as :string, sub as :string) -> base :index_of (s, sub)\\n}\\n\\nfn range {\\n  \\"Returns a list of numbers counting up from a start (0 if not given) up to, but not including, an end, by a step (1 if not given): range (4) is [0, 1, 2, 3], range (1, 4) is [1, 2, 3], range (10, 0, -5) is [10, 5].\\"\\n  (end as :number) -> base :range (0, end, 1)\\n  (start as :number, end as :number) -> base :range (start, end, 1)\\n  (start as :number, end as :number, step as :number) -> base :range (start, end, step)\\n}\\n\\nfn reverse {\\n  \\"Returns the elements of a list or tuple in reverse order, as a list; or a string reversed.\\"\\n  (xs as :list) -> base :reverse (xs)\\n  (xs as :tuple) -> base :reverse (xs)\\n  (s as :string) -> base :reverse (s)\\n}\\n\\nlet sort = {\\n  & stable merge sort with a `before?` function: (a, b) -> true if a comes first\\n  fn merge (left, right, before?) -> loop (left, right, []) with {\\n    ([], r, out) -> base :concat (out, r)\\n    (l, [], out) -> base :concat (out, l)\\n    (l, r, out) -> {\\n      let [x, ...xs] = l\\n      let [y, ...ys] = r\\n      if before? (y, x)\\n        then recur (l, ys, base :append (out, y))\\n        else recur (xs, r, base :append (out, x))\\n    }\\n  }\\n\\n  fn merge_sort (xs, before?) -> {\\n    let n = base :count (xs)\\n    if base :lt? (n, 2)\\n      then xs\\n      else {\\n        let mid = base :floor (base :div (n, 2))\\n        let left = merge_sort (base :slice (xs, 0, mid), before?)\\n        let right = merge_sort (base :slice (xs, mid, n), before?)\\n        merge (left, right, before?)\\n      }\\n  }\\n\\n  fn sort {\\n    \\"Returns the elements of a list, tuple or set as a sorted list. With one argument, in natural order: numbers from smallest, strings and keywords alphabetically (all elements of one kind). With a function before? (a, b) that returns true when a should come before b, in that order: sort ([3, 1, 2], gt?) is [3, 2, 1]. Equal elements keep their order.\\"\\n    (xs as :list) -> base :sort (xs)\\n    (xs as :list, before? as :fn) -> merge_sort (xs, before?)\\n    (xs as :tuple) -> base :sort (xs)\\n    (xs as :tuple, before? as :fn) -> merge_sort (base :to_list (xs), before?)\\n    (s as :set) -> base :sort (base :to_list (s))\\n    (s as :set, before? as :fn) -> merge_sort (base :to_list (s), before?)\\n  }\\n}\\n\\n&&& Dicts\\n\\nfn assoc {\\n  \\"Returns a dict with a key set to a value: assoc (#\\\\{}, :a, 1) is #\\\\{:a 1}. Also takes the key and value as a (key, value) tuple. Setting a key to nil removes it.\\"\\n  (d as :dict, key as :keyword, value) -> base :assoc (d, key, value)\\n  (d as :dict, (key as :keyword, value)) -> base :assoc (d, key, value)\\n}\\n\\nfn dissoc {\\n  \\"Returns a dict without a key: dissoc (#\\\\{:a 1, :b 2}, :a) is #\\\\{:b 2}.\\"\\n  (d as :dict, key as :keyword) -> base :dissoc (d, key)\\n}\\n\\nfn update {\\n  \\"Returns a dict with the value at a key replaced by the result of calling a function on it (on nil if the key is missing): update (#\\\\{:a 1}, :a, inc) is #\\\\{:a 2}.\\"\\n  (d as :dict, key as :keyword, f as :fn) -> base :assoc (d, key, f (base :get (d, key)))\\n}\\n\\nfn get {\\n  \\"Returns the value at a key of a dict (or package), or nil, or a default if one is given, when the key is missing. The key comes first: get (:a, #\\\\{:a 1}) is 1. As with `d :key`, asking anything that is not a dict gives nil. With only a key, returns a function that gets that key.\\"\\n  (key as :keyword, d) -> base :get (d, key)\\n  (key as :keyword, d, default) -> {\\n    let value = base :get (d, key)\\n    if base :eq? (value, nil) then default else value\\n  }\\n  (key as :keyword) -> get (key, _)\\n}\\n\\nfn has? {\\n  \\"Returns true if a dict (or package) has a key: has? (:a, #\\\\{:a 1}) is true. The key comes first, as in get.\\"\\n  (key as :keyword, d) -> base :has? (d, key)\\n  (key as :keyword) -> has? (key, _)\\n}\\n\\nfn keys {\\n  \\"Returns the keys of a dict (or package) as a list, in the order they were added.\\"\\n  (d as :dict) -> base :keys (d)\\n  (p as :pkg) -> base :keys (p)\\n}\\n\\nfn values {\\n  \\"Returns the values of a dict (or package) as a list, in the order their keys were added.\\"\\n  (d as :dict) -> base :values (d)\\n  (p as :pkg) -> base :values (p)\\n}\\n\\nfn dict {\\n  \\"Converts to a dict: a list or tuple of (key, value) tuples, or a package. A dict stays as it is.\\"\\n  (d as :dict) -> d\\n  (pairs as :list) -> base :to_dict (pairs)\\n  (pairs as :tuple) -> base :to_dict (pairs)\\n  (p as :pkg) -> base :to_dict (p)\\n}\\n\\nfn diff {\\n  \\"Compares two dicts key by key (shallowly) and returns a dict of the keys whose values differ, each with the pair (value in the first, value in the second); a missing value is nil. diff (#\\\\{:a 1, :b 2}, #\\\\{:a 1, :b 3}) is #\\\\{:b (2, 3)}.\\"\\n  (d1 as :dict, d2 as :dict) -> {\\n    let all_keys = concat (base :keys (d1), filter (fn (k) -> not (base :has? (d1, k)), base :keys (d2)))\\n    fold (fn (out, k) -> {\\n      let v1 = base :get (d1, k)\\n      let v2 = base :get (d2, k)\\n      if base :eq? (v1, v2) then out else base :assoc (out, k, (v1, v2))\\n    }, all_keys, #{})\\n  }\\n}\\n\\n&&& Strings\\n\\nfn string {\\n  \\"Converts a value to a string: a string stays as it is, anything else becomes its printed form (as show gives it). With several arguments, joins their string forms: string (\\\\\\"x = \\\\\\", 1) is \\\\\\"x = 1\\\\\\".\\"\\n  (x) -> base :string (x)\\n  (x, y) -> base :concat (base :string (x), base :string (y))\\n  (x, y, z, ...more) -> fold (fn (s, a) -> base :concat (s, base :string (a)), [z, ...more], string (x, y))\\n}\\n\\nfn join {\\n  \\"Joins a list (or tuple) of strings into one string, with a separator between them if one is given: join ([\\\\\\"a\\\\\\", \\\\\\"b\\\\\\"], \\\\\\", \\\\\\") is \\\\\\"a, b\\\\\\". Elements that are not strings are joined in their printed form.\\"\\n  (xs as :list) -> base :join (xs, \\"\\")\\n  (xs as :list, sep as :string) -> base :join (xs, sep)\\n  (xs as :tuple) -> base :join (xs, \\"\\")\\n  (xs as :tuple, sep as :string) -> base :join (xs, sep)\\n}\\n\\nfn split {\\n  \\"Splits a string at each place a separator string occurs and returns the list of pieces: split (\\\\\\"a,b,c\\\\\\", \\\\\\",\\\\\\") is [\\\\\\"a\\\\\\", \\\\\\"b\\\\\\", \\\\\\"c\\\\\\"].\\"\\n  (s as :string, sep as :string) -> base :split (s, sep)\\n}\\n\\nfn trim {\\n  \\"Removes the whitespace at the start and the end of a string.\\"\\n  (s as :string) -> base :trim (s)\\n}\\n\\nfn upcase {\\n  \\"Returns a string in upper case.\\"\\n  (s as :string) -> base :upcase (s)\\n}\\n\\nfn downcase {\\n  \\"Returns a string in lower case.\\"\\n  (s as :string) -> base :downcase (s)\\n}\\n\\nfn chars {\\n  \\"Returns the characters of a string as a list of one-character strings: chars (\\\\\\"abc\\\\\\") is [\\\\\\"a\\\\\\", \\\\\\"b\\\\\\", \\\\\\"c\\\\\\"].\\"\\n  (s as :string) -> base :chars (s)\\n}\\n\\nfn words {\\n  \\"Returns the words of a string as a list, leaving out whitespace and punctuation: words (\\\\\\"Hello, world!\\\\\\") is [\\\\\\"Hello\\\\\\", \\\\\\"world\\\\\\"].\\"\\n  (s as :string) -> base :words (s)\\n}\\n\\nfn strip {\\n  \\"Removes the punctuation from a string: strip (\\\\\\"Hello, world!\\\\\\") is \\\\\\"Hello world\\\\\\".\\"\\n  (s as :string) -> base :strip (s)\\n}\\n\\nfn to_number {\\n  \\"Reads a number written in a string (spaces around it and _ between digits are allowed): to_number (\\\\\\"42\\\\\\") is 42. Returns nil if the string is not a number. A number stays as it is.\\"\\n  (s as :string) -> base :to_number (s)\\n  (n as :number) -> n\\n}\\n\\n&&& Console\\n\\nfn print! {\\n  \\"Prints its arguments to the console on one line, separated by spaces: strings as they are, other values in their printed form. Returns :ok.\\"\\n  (...args) -> base :print! (args)\\n}\\n\\nfn report! {\\n  \\"Prints a value in its printed form (as show gives it) and returns the value, to look at values in the middle of a computation. Given a message string first, prints the message followed by the value: report! (\\\\\\"x: \\\\\\", 42) prints x: 42.\\"\\n  (x) -> {\\n    base :print! ([base :show (x)])\\n    x\\n  }\\n  (msg as :string, x) -> {\\n    base :print! ([base :concat (msg, base :show (x))])\\n    x\\n  }\\n}\\n\\nfn doc! {\\n  \\"Prints the documentation of a function: its name, the patterns of its clauses (what it takes) and its description. Returns :ok.\\"\\n  (f) -> base :print! ([base :doc (f)])\\n}\\n\\n&&& Boxes\\n\\nfn unbox {\\n  \\"Returns the value held in a box.\\"\\n  (b as :box) -> base :unbox (b)\\n}\\n\\nfn store! {\\n  \\"Stores a value in a box, replacing the one it held; returns the value.\\"\\n  (b as :box, value) -> base :store! (b, value)\\n}\\n\\nfn update! {\\n  \\"Replaces the value in a box with the result of calling a function on it, and returns the new value: after box n = 1, update! (n, inc) is 2. The function runs in the caller\'s process.\\"\\n  (b as :box, f as :fn) -> base :store! (b, f (base :unbox (b)))\\n}\\n\\n&&& Processes\\n\\nfn spawn! {\\n  \\"Starts a new process that calls a function of no arguments, and returns its process id (pid).\\"\\n  (f as :fn) -> base :spawn! (f)\\n}\\n\\nfn self {\\n  \\"Returns the process id (pid) of the process that calls it.\\"\\n  () -> base :self ()\\n}\\n\\nfn send! {\\n  \\"Sends a message (any value) to a process, to be taken from its mailbox by receive. Does not wait; returns the message. Alias: send.\\"\\n  (pid as :pid, msg) -> base :send! (pid, msg)\\n}\\n\\nlet send = send!\\n\\nfn link! {\\n  \\"Links the calling process with another one: when either of them ends, normally or by a panic, the other one panics too.\\"\\n  (pid as :pid) -> base :link! (pid)\\n}\\n\\nfn monitor! {\\n  \\"Watches another process: when it ends, the caller gets the message (:exit, pid, (:ok, value)) if it returned a value, or (:exit, pid, (:err, message)) if it panicked. Alias: monitor.\\"\\n  (pid as :pid) -> base :monitor! (pid)\\n}\\n\\nlet monitor = monitor!\\n\\nfn await! {\\n  \\"Waits for a process to end and returns its result: (:ok, value) if it returned a value, (:err, message) if it panicked. Works also for a process that has already ended.\\"\\n  (pid as :pid) -> {\\n    base :monitor! (pid)\\n    receive {\\n      (:exit, p, result) if base :eq? (p, pid) -> result\\n    }\\n  }\\n}\\n\\nfn sleep! {\\n  \\"Pauses the calling process for a number of milliseconds; other processes run meanwhile. Returns :ok.\\"\\n  (ms as :number) -> base :sleep! (ms)\\n}\\n\\nfn yield! {\\n  \\"Lets the other processes run before the calling one continues. Returns :ok.\\"\\n  () -> base :yield! ()\\n}\\n\\nfn alive? {\\n  \\"Returns true if a process has not ended yet.\\"\\n  (pid as :pid) -> base :alive? (pid)\\n}\\n\\nfn name! {\\n  \\"Gives the calling process a name, shown when its processes are observed or reported. Returns its pid.\\"\\n  (name as :string) -> base :name! (name)\\n}\\n\\nfn budget {\\n  \\"Returns the reduction budget: how many function calls and loop steps a process may take before the others get their turn.\\"\\n  () -> base :budget ()\\n}\\n\\n&&& Results\\n\\nfn ok {\\n  \\"Wraps a value in an :ok result: ok (1) is (:ok, 1).\\"\\n  (value) -> (:ok, value)\\n}\\n\\nfn err {\\n  \\"Wraps a value, usually a message, in an :err result: err (\\\\\\"oops\\\\\\") is (:err, \\\\\\"oops\\\\\\").\\"\\n  (msg) -> (:err, msg)\\n}\\n\\nfn ok? {\\n  \\"Returns true if a value is an :ok result: a tuple (:ok, value).\\"\\n  ((:ok, _)) -> true\\n  (_) -> false\\n}\\n\\nfn err? {\\n  \\"Returns true if a value is an :err result: a tuple (:err, message).\\"\\n  ((:err, _)) -> true\\n  (_) -> false\\n}\\n\\nfn unwrap! {\\n  \\"Returns the value of an :ok result; panics on an :err result, or on something that is not a result.\\"\\n  ((:ok, value)) -> value\\n  ((:err, msg)) -> panic! (\\"Unwrapped :err!\\", msg)\\n  (x) -> panic! (\\"unwrap! needs a result, (:ok, value) or (:err, message), but got\\", show (x))\\n}\\n\\nfn unwrap_or {\\n  \\"Returns the value of an :ok result, or a default if the result is an :err.\\"\\n  ((:ok, value), _) -> value\\n  ((:err, _), default) -> default\\n}\\n\\nfn assert! {\\n  \\"Returns a value if it is truthy; panics with \\\\\\"Assert failed\\\\\\" (and a message, if one is given) if it is nil or false: assert! (eq? (x, 1), \\\\\\"x should be 1\\\\\\").\\"\\n  (value) -> if value then value else panic! (\\"Assert failed:\\", show (value))\\n  (value, msg) -> if value then value else panic! (\\"Assert failed:\\", msg)\\n}\\n","globals":["type","eq?","neq?","nil?","some?","some","bool?","true?","false?","bool","not","and","or","number?","int?","keyword?","string?","fn?","tuple?","list?","dict?","set?","pkg?","box?","pid?","coll?","ordered?","assoc?","show","fold","add","sub","mult","div","div/0","div/safe","inc","dec","neg","abs","mod","pow","square","sqrt","sum_of_squares","floor","ceil","round","rest","first","min","max","random","random_int","zero?","pos?","neg?","even?","odd?","pi","tau","turn/deg","deg/turn","turn/rad","rad/turn","deg/rad","rad/deg","sin","cos","tan","atan/2","rotate","angle","dist","heading/vector","lt?","lte?","gt?","gte?","list","tuple","set","count","empty?","at","second","last","slice","butlast","append","concat","foldr","map","filter","keep","each!","contains?","omit","index_of","range","reverse","sort","assoc","dissoc","update","get","has?","keys","values","dict","diff","string","join","split","trim","upcase","downcase","chars","words","strip","to_number","print!","report!","doc!","unbox","store!","update!","spawn!","self","send!","send","link!","monitor!","monitor","await!","sleep!","yield!","alive?","name!","budget","ok","err","ok?","err?","unwrap!","unwrap_or","assert!"],"main":0,"protos":[{"name":null,"doc":null,"clauses":[],"code":[29,0,14,0,0,16,0,29,1,14,1,0,16,0,29,2,14,2,0,16,0,29,3,14,3,0,16,0,29,4,14,4,0,16,0,29,5,14,5,0,16,0,29,6,14,6,0,16,0,29,7,14,7,0,16,0,29,8,14,8,0,16,0,29,9,14,9,0,16,0,29,10,14,10,0,16,0,29,11,14,11,0,16,0,29,12,14,12,0,16,0,29,13,14,13,0,16,0,29,14,14,14,0,16,0,29,15,14,15,0,16,0,29,16,14,16,0,16,0,29,17,14,17,0,16,0,29,18,14,18,0,16,0,29,19,14,19,0,16,0,29,20,14,20,0,16,0,29,21,14,21,0,16,0,29,22,14,22,0,16,0,29,23,14,23,0,16,0,29,24,14,24,0,16,0,29,25,14,25,0,16,0,29,26,14,26,0,16,0,29,27,14,27,0,16,0,29,28,14,28,0,16,0,29,29,14,30,0,16,0,29,30,14,31,0,16,0,29,31,14,32,0,16,0,29,32,14,33,0,16,0,29,33,14,34,0,16,0,29,34,14,35,0,16,0,29,35,14,36,0,16,0,29,36,14,37,0,16,0,29,37,14,38,0,16,0,29,38,14,39,0,16,0,29,39,14,40,0,16,0,29,40,14,41,0,16,0,29,41,14,42,0,16,0,29,42,14,43,0,16,0,29,43,14,44,0,16,0,29,44,14,45,0,16,0,29,45,14,46,0,16,0,29,46,14,47,0,16,0,29,47,14,50,0,16,0,29,48,14,51,0,16,0,29,49,14,52,0,16,0,29,50,14,53,0,16,0,29,51,14,54,0,16,0,29,52,14,55,0,16,0,29,53,14,56,0,16,0,29,54,14,57,0,16,0,29,55,14,58,0,16,0,1,56,14,59,0,16,0,1,57,1,58,7,59,36,2,14,60,0,16,0,29,59,14,61,0,16,0,29,60,14,62,0,16,0,29,61,14,63,0,16,0,29,62,14,64,0,16,0,29,63,14,65,0,16,0,29,64,14,66,0,16,0,29,65,29,66,29,67,29,68,29,69,29,70,6,3,6,4,6,5,18,3,15,0,42,0,3,500,49,0,0,14,67,1,49,0,1,14,68,2,49,0,2,14,69,3,34,503,54,0,71,16,0,29,72,14,70,0,16,0,29,73,14,71,0,16,0,29,74,14,72,0,16,0,29,75,14,73,0,16,0,29,76,14,74,0,16,0,29,77,14,75,0,16,0,29,78,14,76,0,16,0,29,79,14,77,0,16,0,29,80,14,78,0,16,0,29,81,14,79,0,16,0,29,82,14,80,0,16,0,29,83,14,81,0,16,0,29,84,14,82,0,16,0,29,85,14,83,0,16,0,29,86,14,84,0,16,0,29,87,14,49,0,16,0,29,88,14,85,0,16,0,29,89,14,86,0,16,0,29,90,14,48,0,16,0,29,91,14,88,0,16,0,29,92,29,93,6,1,15,0,14,87,0,16,0,29,94,14,89,0,16,0,29,95,14,90,0,16,0,29,96,14,29,0,16,0,29,97,14,91,0,16,0,29,98,14,92,0,16,0,29,99,14,93,0,16,0,29,100,14,94,0,16,0,29,101,14,95,0,16,0,29,102,14,96,0,16,0,29,103,14,97,0,16,0,29,104,14,98,0,16,0,29,105,14,99,0,16,0,29,106,14,100,0,16,0,29,107,29,108,29,109,6,2,15,0,14,101,0,16,0,29,110,14,102,0,16,0,29,111,14,103,0,16,0,29,112,14,104,0,16,0,29,113,14,105,0,16,0,29,114,14,106,0,16,0,29,115,14,107,0,16,0,29,116,14,108,0,16,0,29,117,14,109,0,16,0,29,118,14,110,0,16,0,29,119,14,111,0,16,0,29,120,14,112,0,16,0,29,121,14,113,0,16,0,29,122,14,114,0,16,0,29,123,14,115,0,16,0,29,124,14,116,0,16,0,29,125,14,117,0,16,0,29,126,14,118,0,16,0,29,127,14,119,0,16,0,29,128,14,120,0,16,0,29,129,14,121,0,16,0,29,130,14,122,0,16,0,29,131,14,123,0,16,0,29,132,14,124,0,16,0,29,133,14,125,0,16,0,29,134,14,126,0,16,0,29,135,14,127,0,16,0,29,136,14,128,0,16,0,29,137,14,129,0,16,0,7,129,14,130,0,16,0,29,138,14,131,0,16,0,29,139,14,132,0,16,0,7,132,14,133,0,16,0,29,140,14,134,0,16,0,29,141,14,135,0,16,0,29,142,14,136,0,16,0,29,143,14,137,0,16,0,29,144,14,138,0,16,0,29,145,14,139,0,16,0,29,146,14,140,0,16,0,29,147,14,141,0,16,0,29,148,14,142,0,16,0,29,149,14,143,0,16,0,29,150,14,144,0,16,0,29,151,14,145,0,16,0,29,152,14,146,0,38],"spans":"1368,0,0,0,0,0,0,184,0,0,0,0,0,0,393,0,0,0,0,0,0,339,0,0,0,0,0,0,80,0,0,0,0,0,0,85,0,0,0,0,0,0,167,0,0,0,0,0,0,121,0,0,0,0,0,0,109,0,0,0,0,0,0,113,0,0,0,0,0,0,149,0,0,0,0,0,0,131,0,0,0,0,0,0,405,0,0,0,0,0,0,397,0,0,0,0,0,0,97,0,0,0,0,0,0,119,0,0,0,0,0,0,100,0,0,0,0,0,0,97,0,0,0,0,0,0,141,0,0,0,0,0,0,94,0,0,0,0,0,0,91,0,0,0,0,0,0,91,0,0,0,0,0,0,88,0,0,0,0,0,0,92,0,0,0,0,0,0,88,0,0,0,0,0,0,125,0,0,0,0,0,0,225,0,0,0,0,0,0,181,0,0,0,0,0,0,165,0,0,0,0,0,0,202,0,0,0,0,0,0,347,0,0,0,0,0,0,306,0,0,0,0,0,0,433,0,0,0,0,0,0,362,0,0,0,0,0,0,173,0,0,0,0,0,0,221,0,0,0,0,0,0,75,0,0,0,0,0,0,82,0,0,0,0,0,0,177,0,0,0,0,0,0,105,0,0,0,0,0,0,238,0,0,0,0,0,0,116,0,0,0,0,0,0,88,0,0,0,0,0,0,212,0,0,0,0,0,0,265,0,0,0,0,0,0,122,0,0,0,0,0,0,115,0,0,0,0,0,0,250,0,0,0,0,0,0,399,0,0,0,0,0,0,398,0,0,0,0,0,0,768,0,0,0,0,0,0,296,0,0,0,0,0,0,86,0,0,0,0,0,0,98,0,0,0,0,0,0,95,0,0,0,0,0,0,135,0,0,0,0,0,0,382,0,-5,0,0,-4,0,38,0,12,0,3,0,-15,0,-6,0,0,-4,0,30,0,0,0,0,0,0,123,0,0,0,0,0,0,122,0,0,0,0,0,0,122,0,0,0,0,0,0,121,0,0,0,0,0,0,138,0,0,0,0,0,0,238,0,151,0,151,0,142,0,347,0,351,0,352,0,5,0,5,0,-11,0,-1571,0,-18,0,0,0,1,0,0,0,0,0,5,0,0,0,0,0,5,0,0,0,0,0,-15,0,0,0,0,0,0,1612,0,0,0,0,0,0,763,0,0,0,0,0,0,485,0,0,0,0,0,0,338,0,0,0,0,0,0,417,0,0,0,0,0,0,251,0,0,0,0,0,0,320,0,0,0,0,0,0,325,0,0,0,0,0,0,320,0,0,0,0,0,0,342,0,0,0,0,0,0,254,0,0,0,0,0,0,194,0,0,0,0,0,0,204,0,0,0,0,0,0,330,0,0,0,0,0,0,364,0,0,0,0,0,0,332,0,0,0,0,0,0,229,0,0,0,0,0,0,234,0,0,0,0,0,0,315,0,0,0,0,0,0,308,0,0,0,0,0,0,464,0,193,0,0,0,-297,0,-8,0,0,-4,0,1082,0,0,0,0,0,0,187,0,0,0,0,0,0,375,0,0,0,0,0,0,703,0,0,0,0,0,0,719,0,0,0,0,0,0,873,0,0,0,0,0,0,1009,0,0,0,0,0,0,208,0,0,0,0,0,0,358,0,0,0,0,0,0,476,0,0,0,0,0,0,329,0,0,0,0,0,0,518,0,0,0,0,0,0,434,0,0,0,0,0,0,322,0,357,0,347,0,0,0,-789,0,-7,0,0,-4,0,1524,0,0,0,0,0,0,322,0,0,0,0,0,0,147,0,0,0,0,0,0,271,0,0,0,0,0,0,507,0,0,0,0,0,0,208,0,0,0,0,0,0,163,0,0,0,0,0,0,177,0,0,0,0,0,0,258,0,0,0,0,0,0,598,0,0,0,0,0,0,414,0,0,0,0,0,0,415,0,0,0,0,0,0,214,0,0,0,0,0,0,113,0,0,0,0,0,0,88,0,0,0,0,0,0,92,0,0,0,0,0,0,167,0,0,0,0,0,0,188,0,0,0,0,0,0,139,0,0,0,0,0,0,279,0,0,0,0,0,0,194,0,0,0,0,0,0,405,0,0,0,0,0,0,196,0,0,0,0,0,0,84,0,0,0,0,0,0,138,0,0,0,0,0,0,283,0,0,0,0,0,0,146,0,0,0,0,0,0,98,0,0,0,0,0,0,208,0,-7,0,0,-4,0,18,0,0,0,0,0,0,175,0,0,0,0,0,0,258,0,-10,0,0,-4,0,24,0,0,0,0,0,0,315,0,0,0,0,0,0,159,0,0,0,0,0,0,119,0,0,0,0,0,0,102,0,0,0,0,0,0,162,0,0,0,0,0,0,178,0,0,0,0,0,0,93,0,0,0,0,0,0,128,0,0,0,0,0,0,116,0,0,0,0,0,0,122,0,0,0,0,0,0,292,0,0,0,0,0,0,160,0,0,0,0,-39408;182,182,182,182,182,182,182,391,391,391,391,391,391,391,337,337,337,337,337,337,337,78,78,78,78,78,78,78,83,83,83,83,83,83,83,165,165,165,165,165,165,165,119,119,119,119,119,119,119,107,107,107,107,107,107,107,111,111,111,111,111,111,111,147,147,147,147,147,147,147,129,129,129,129,129,129,129,403,403,403,403,403,403,403,395,395,395,395,395,395,395,95,95,95,95,95,95,95,117,117,117,117,117,117,117,98,98,98,98,98,98,98,95,95,95,95,95,95,95,139,139,139,139,139,139,139,92,92,92,92,92,92,92,89,89,89,89,89,89,89,89,89,89,89,89,89,89,86,86,86,86,86,86,86,90,90,90,90,90,90,90,86,86,86,86,86,86,86,123,123,123,123,123,123,123,223,223,223,223,223,223,223,179,179,179,179,179,179,179,163,163,163,163,163,163,163,187,187,187,187,187,187,187,345,345,345,345,345,345,345,304,304,304,304,304,304,304,431,431,431,431,431,431,431,360,360,360,360,360,360,360,171,171,171,171,171,171,171,219,219,219,219,219,219,219,73,73,73,73,73,73,73,80,80,80,80,80,80,80,175,175,175,175,175,175,175,103,103,103,103,103,103,103,236,236,236,236,236,236,236,114,114,114,114,114,114,114,86,86,86,86,86,86,86,210,210,210,210,210,210,210,263,263,263,263,263,263,263,120,120,120,120,120,120,120,113,113,113,113,113,113,113,248,248,248,248,248,248,248,397,397,397,397,397,397,397,396,396,396,396,396,396,396,766,766,766,766,766,766,766,294,294,294,294,294,294,294,84,84,84,84,84,84,84,96,96,96,96,96,96,96,93,93,93,93,93,93,93,133,133,133,133,133,133,133,135,135,135,135,135,135,135,17,17,2,2,2,26,26,18,18,1,1,2,2,18,18,3,3,3,28,28,121,121,121,121,121,121,121,120,120,120,120,120,120,120,120,120,120,120,120,120,120,119,119,119,119,119,119,119,136,136,136,136,136,136,136,136,136,136,136,136,136,136,147,147,147,147,138,138,343,343,347,347,347,347,3,3,3,3,3,3,15,15,1588,1588,15,15,15,15,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1610,1610,1610,1610,1610,1610,1610,761,761,761,761,761,761,761,483,483,483,483,483,483,483,336,336,336,336,336,336,336,415,415,415,415,415,415,415,232,232,232,232,232,232,232,318,318,318,318,318,318,318,323,323,323,323,323,323,323,318,318,318,318,318,318,318,323,323,323,323,323,323,323,252,252,252,252,252,252,252,192,192,192,192,192,192,192,202,202,202,202,202,202,202,328,328,328,328,328,328,328,362,362,362,362,362,362,362,330,330,330,330,330,330,330,227,227,227,227,227,227,227,232,232,232,232,232,232,232,313,313,313,313,313,313,313,306,306,306,306,306,306,306,346,346,346,346,346,346,346,189,189,769,769,769,769,1068,1068,5,5,5,1080,1080,185,185,185,185,185,185,185,373,373,373,373,373,373,373,701,701,701,701,701,701,701,717,717,717,717,717,717,717,871,871,871,871,871,871,871,1007,1007,1007,1007,1007,1007,1007,206,206,206,206,206,206,206,356,356,356,356,356,356,356,474,474,474,474,474,474,474,327,327,327,327,327,327,327,516,516,516,516,516,516,516,432,432,432,432,432,432,432,224,224,224,224,224,224,224,353,353,343,343,709,709,709,709,1500,1500,4,4,4,1511,1511,320,320,320,320,320,320,320,145,145,145,145,145,145,145,269,269,269,269,269,269,269,505,505,505,505,505,505,505,206,206,206,206,206,206,206,161,161,161,161,161,161,161,175,175,175,175,175,175,175,256,256,256,256,256,256,256,583,583,583,583,583,583,583,412,412,412,412,412,412,412,413,413,413,413,413,413,413,212,212,212,212,212,212,212,111,111,111,111,111,111,111,86,86,86,86,86,86,86,90,90,90,90,90,90,90,165,165,165,165,165,165,165,186,186,186,186,186,186,186,137,137,137,137,137,137,137,264,264,264,264,264,264,264,192,192,192,192,192,192,192,403,403,403,403,403,403,403,183,183,183,183,183,183,183,82,82,82,82,82,82,82,136,136,136,136,136,136,136,266,266,266,266,266,266,266,144,144,144,144,144,144,144,96,96,96,96,96,96,96,195,195,195,195,195,195,195,5,5,4,4,4,16,16,173,173,173,173,173,173,173,242,242,242,242,242,242,242,8,8,7,7,7,22,22,313,313,313,313,313,313,313,157,157,157,157,157,157,157,117,117,117,117,117,117,117,100,100,100,100,100,100,100,160,160,160,160,160,160,160,163,163,163,163,163,163,163,91,91,91,91,91,91,91,126,126,126,126,126,126,126,114,114,114,114,114,114,114,120,120,120,120,120,120,120,290,290,290,290,290,290,290,158,158,158,158,158,158,158,330,330,330,330,330,39739","consts":[{"p":1},{"p":2},{"p":3},{"p":4},{"p":5},{"p":6},{"p":7},{"p":8},{"p":9},{"p":10},{"p":11},{"p":12},{"p":13},{"p":14},{"p":15},{"p":16},{"p":17},{"p":18},{"p":19},{"p":20},{"p":21},{"p":22},{"p":23},{"p":24},{"p":25},{"p":26},{"p":27},{"p":28},{"p":29},{"p":30},{"p":31},{"p":32},{"p":33},{"p":34},{"p":35},{"p":36},{"p":37},{"p":38},{"p":39},{"p":40},{"p":41},{"p":42},{"p":43},{"p":44},{"p":46},{"p":47},{"p":48},{"p":49},{"p":50},{"p":51},{"p":52},{"p":53},{"p":54},{"p":55},{"p":56},{"p":57},3.141592653589793,{"b":"mult"},2,{"p":58},{"p":59},{"p":60},{"p":61},{"p":62},{"p":63},{"p":64},{"p":65},{"p":66},{"p":67},{"p":68},{"p":69},"(sin, cos, tan)",{"p":70},{"p":71},{"p":72},{"p":73},{"p":74},{"p":75},{"p":76},{"p":77},{"p":78},{"p":79},{"p":80},{"p":81},{"p":82},{"p":83},{"p":84},{"p":85},{"p":86},{"p":87},{"p":88},{"p":89},{"p":90},{"p":91},{"p":92},{"p":93},{"p":94},{"p":95},{"p":96},{"p":97},{"p":98},{"p":99},{"p":100},{"p":101},{"p":103},{"p":104},{"p":105},{"p":106},{"p":107},{"p":108},{"p":109},{"p":110},{"p":111},{"p":112},{"p":113},{"p":114},{"p":115},{"p":116},{"p":117},{"p":120},{"p":122},{"p":123},{"p":124},{"p":125},{"p":126},{"p":127},{"p":128},{"p":129},{"p":130},{"p":131},{"p":132},{"p":133},{"p":134},{"p":135},{"p":136},{"p":137},{"p":138},{"p":139},{"p":140},{"p":141},{"p":142},{"p":143},{"p":144},{"p":145},{"p":146},{"p":147},{"p":148},{"p":149},{"p":150},{"p":151},{"p":152},{"p":153},{"p":154}],"captures":[],"span":[0,39739]},{"name":"type","doc":"Returns a keyword naming the type of a value: :nil, :boolean, :number, :keyword, :string, :tuple, :list, :set, :dict, :pkg, :fn, :box or :pid.","clauses":["(x)"],"code":[40,1,10,1,0,6,0,37,1,38,53],"spans":"1527,0,0,7,0,12,0,-12,0,-7,-159;21,21,21,14,14,1,1,14,14,21,182","consts":[{"b":"type"}],"captures":[],"span":[1368,1550]},{"name":"eq?","doc":"Returns true if all its arguments are equal. Data (numbers, strings, tuples, lists, dicts, sets ...) compare deeply, by value; functions, boxes and processes are equal only to themselves.","clauses":["(x, y)","(x)","(x, y, z, ...more)"],"code":[40,2,12,1,0,6,0,6,1,37,2,38,40,1,17,3,38,100,3,95,41,43,0,3,94,49,0,0,49,0,1,49,0,2,50,0,3,1,1,6,2,20,6,3,20,6,4,21,45,5,1,80,49,5,0,50,5,1,1,0,6,1,6,6,36,2,35,75,6,7,58,5,1,48,38,4,15,5,34,93,44,5,0,89,3,15,5,34,93,57,5,1,2,38,101,53],"spans":"1755,0,0,10,0,11,0,3,0,-14,0,-10,29,0,0,7,-7,14,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,1,0,-1,4,0,-4,10,0,-3,22,0,0,0,1,0,0,3,0,0,16,0,11,0,3,0,-14,0,-3,0,32,0,-7,0,0,0,-25,43,-61,0,0,0,72,0,0,0,7,-8,0,0,0,-105,0,0,0,-22,0,-246;26,26,26,16,16,1,1,1,1,16,16,26,11,11,11,4,11,143,143,143,143,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,15,15,1,1,15,1,1,15,4,4,7,12,12,12,12,1,1,1,7,7,7,16,16,1,1,1,1,16,16,48,48,4,4,12,12,12,12,48,5,66,66,66,66,2,2,2,2,4,12,12,12,12,121,121,121,121,143,143,391","consts":[{"b":"eq?"},{"e":"list"},{"ss":["([a, ...rest])","([])"]}],"captures":[],"span":[1552,1943]},{"name":"neq?","doc":"Returns true if no two of its arguments are equal: neq? (1, 2) is true, neq? (1, 2, 1) is false.","clauses":["(x, y)","(x)","(x, y, z, ...more)"],"code":[40,2,17,1,0,6,0,6,1,36,2,35,15,4,38,3,38,40,1,22,3,38,100,3,103,41,43,0,3,102,49,0,0,49,0,1,49,0,2,50,0,3,1,1,6,1,20,6,2,20,6,3,20,6,4,21,45,5,1,88,49,5,0,50,5,1,1,2,6,7,6,6,36,2,35,78,4,38,6,7,58,5,1,56,15,5,34,101,44,5,0,97,3,15,5,34,101,57,5,1,3,38,101,53],"spans":"2058,0,0,13,0,11,0,3,0,-14,0,-3,0,25,-25,36,-46,53,0,0,7,-7,14,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,1,0,-1,4,0,-4,7,0,-7,13,0,-3,22,0,0,0,1,0,0,3,0,0,16,0,17,0,6,0,-23,0,-3,0,34,-34,52,0,-7,0,0,0,-63,0,0,0,81,0,0,0,7,-8,0,0,0,-117,0,0,0,-22,0,-180;50,50,50,16,16,1,1,1,1,16,16,40,40,5,40,4,50,11,11,11,4,11,155,155,155,155,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,18,18,1,1,18,1,1,18,1,1,18,4,4,7,12,12,12,12,1,1,1,7,7,7,25,25,4,4,1,1,25,25,57,57,5,57,4,4,12,12,12,12,75,75,75,75,2,2,2,2,4,12,12,12,12,133,133,133,133,155,155,337","consts":[{"b":"eq?"},{"e":"list"},{"b":"list_has?"},{"ss":["([a, ...rest])","([])"]}],"captures":[],"span":[1945,2282]},{"name":"nil?","doc":"Returns true if a value is nil.","clauses":["(nil)","(_)"],"code":[40,1,9,47,0,0,9,3,38,40,1,14,4,38,53],"spans":"2332,0,0,1,0,0,0,8,-9,16,0,0,7,-7,-64;13,13,13,3,3,3,3,4,13,12,12,12,5,12,78","consts":[null],"captures":[],"span":[2284,2362]},{"name":"some?","doc":"Returns true if a value is not nil.","clauses":["(nil)","(_)"],"code":[40,1,9,47,0,0,9,4,38,40,1,14,3,38,53],"spans":"2417,0,0,1,0,0,0,8,-9,17,0,0,7,-7,-70;14,14,14,3,3,3,3,5,14,11,11,11,4,11,83","consts":[null],"captures":[],"span":[2364,2447]},{"name":"some","doc":"Takes a value that may be nil and a default: returns the value, or the default if the value is nil.","clauses":["(nil, default)","(value, _)"],"code":[40,2,10,47,0,0,10,6,1,38,40,2,16,6,0,38,53],"spans":"2565,0,0,1,0,0,0,17,0,-18,28,0,0,14,0,-14,-144;25,25,25,3,3,3,3,7,7,25,19,19,19,5,5,19,165","consts":[null],"captures":[],"span":[2449,2614]},{"name":"bool?","doc":"Returns true if a value is a boolean: true or false.","clauses":["(true)","(false)","(_)"],"code":[40,1,9,47,0,0,9,3,38,40,1,18,47,0,1,18,3,38,40,1,23,4,38,53],"spans":"2686,0,0,1,0,0,0,9,-10,17,0,0,1,0,0,0,10,-11,18,0,0,7,-7,-105;14,14,14,4,4,4,4,4,14,15,15,15,5,5,5,5,4,15,12,12,12,5,12,119","consts":[true,false],"captures":[],"span":[2616,2735]},{"name":"true?","doc":"Returns true if a value is exactly true (not just truthy).","clauses":["(true)","(_)"],"code":[40,1,9,47,0,0,9,3,38,40,1,14,4,38,53],"spans":"2813,0,0,1,0,0,0,9,-10,17,0,0,7,-7,-93;14,14,14,4,4,4,4,4,14,12,12,12,5,12,107","consts":[true],"captures":[],"span":[2737,2844]},{"name":"false?","doc":"Returns true if a value is exactly false (nil is not false).","clauses":["(false)","(_)"],"code":[40,1,9,47,0,0,9,3,38,40,1,14,4,38,53],"spans":"2925,0,0,1,0,0,0,10,-11,18,0,0,7,-7,-97;15,15,15,5,5,5,5,4,15,12,12,12,5,12,111","consts":[false],"captures":[],"span":[2846,2957]},{"name":"bool","doc":"Converts a value to a boolean: false for nil and false, true for everything else.","clauses":["(nil)","(false)","(_)"],"code":[40,1,9,47,0,0,9,4,38,40,1,18,47,0,1,18,4,38,40,1,23,3,38,53],"spans":"3057,0,0,1,0,0,0,8,-9,17,0,0,1,0,0,0,10,-11,19,0,0,7,-7,-134;14,14,14,3,3,3,3,5,14,16,16,16,5,5,5,5,5,16,11,11,11,4,11,147","consts":[null,false],"captures":[],"span":[2959,3106]},{"name":"not","doc":"Returns true if a value is falsy (nil or false), false otherwise.","clauses":["(nil)","(false)","(_)"],"code":[40,1,9,47,0,0,9,3,38,40,1,18,47,0,1,18,3,38,40,1,23,4,38,53],"spans":"3189,0,0,1,0,0,0,8,-9,16,0,0,1,0,0,0,10,-11,18,0,0,7,-7,-115;13,13,13,3,3,3,3,4,13,15,15,15,5,5,5,5,4,15,12,12,12,5,12,129","consts":[null,false],"captures":[],"span":[3108,3237]},{"name":"and","doc":"Returns true if all its arguments are truthy (neither nil nor false), otherwise false. It is a function: all the arguments are evaluated first.","clauses":["(x, y)","()","(x)","(x, y, z, ...more)"],"code":[40,2,17,6,0,35,15,6,1,35,13,3,38,4,38,4,38,40,0,22,3,38,40,1,33,6,0,35,31,3,38,4,38,100,3,108,41,43,0,3,107,49,0,0,49,0,1,49,0,2,50,0,3,1,0,6,1,20,6,2,20,6,3,20,6,4,21,45,5,1,93,49,5,0,50,5,1,6,6,35,88,6,7,58,5,1,67,38,4,15,5,34,106,44,5,0,102,3,15,5,34,106,57,5,1,1,38,101,53],"spans":"3398,0,0,13,0,-3,0,15,0,-3,0,10,-10,20,-32,45,-55,63,0,0,6,-6,13,0,0,10,0,-3,0,10,-10,20,-27,35,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,1,0,-1,4,0,-4,7,0,-7,13,0,-3,22,0,0,0,1,0,0,3,0,0,16,0,-3,0,17,0,-7,0,0,0,-10,28,-46,0,0,0,57,0,0,0,7,-8,0,0,0,-93,0,0,0,-22,0,-270;60,60,60,1,1,50,50,1,1,25,25,4,25,5,50,5,60,10,10,10,4,10,32,32,32,1,1,25,25,4,25,5,32,131,131,131,131,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,18,18,1,1,18,1,1,18,1,1,18,4,4,7,12,12,12,12,1,1,1,7,7,7,1,1,33,33,4,4,12,12,12,12,33,5,51,51,51,51,2,2,2,2,4,12,12,12,12,109,109,109,109,131,131,403","consts":[{"e":"list"},{"ss":["([a, ...rest])","([])"]}],"captures":[],"span":[3239,3642]},{"name":"or","doc":"Returns the first of its arguments that is truthy (neither nil nor false), or nil if there is none. It is a function: all the arguments are evaluated first.","clauses":["(x, y)","()","(x)","(x, y, z, ...more)"],"code":[40,2,19,6,0,35,10,6,0,38,6,1,35,17,6,1,38,2,38,40,0,24,2,38,40,1,36,6,0,35,34,6,0,38,2,38,100,3,112,41,43,0,3,111,49,0,0,49,0,1,49,0,2,50,0,3,1,0,6,1,20,6,2,20,6,3,20,6,4,21,45,5,1,97,49,5,0,50,5,1,6,6,35,87,6,6,38,6,7,58,5,1,70,15,5,34,110,44,5,0,106,2,15,5,34,110,57,5,1,1,38,101,53],"spans":"3815,0,0,13,0,-3,0,10,0,-10,22,0,-3,0,10,0,-10,17,-46,54,0,0,6,-6,12,0,0,10,0,-3,0,10,0,-10,17,-24,30,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,1,0,-1,4,0,-4,7,0,-7,13,0,-3,22,0,0,0,1,0,0,3,0,0,16,0,-3,0,10,0,-10,24,0,-7,0,0,0,-35,0,0,0,53,0,0,0,7,-8,0,0,0,-89,0,0,0,-22,0,-267;51,51,51,1,1,41,41,1,1,41,1,1,20,20,1,1,20,3,51,9,9,9,3,9,27,27,27,1,1,20,20,1,1,20,3,27,126,126,126,126,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,18,18,1,1,18,1,1,18,1,1,18,4,4,7,12,12,12,12,1,1,1,7,7,7,1,1,29,29,1,1,29,4,4,12,12,12,12,47,47,47,47,2,2,2,2,3,11,11,11,11,104,104,104,104,126,126,395","consts":[{"e":"list"},{"ss":["([a, ...rest])","([])"]}],"captures":[],"span":[3644,4039]},{"name":"number?","doc":"Returns true if a value is a number.","clauses":["(x as :number)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4097,0,0,1,0,0,0,17,-18,25,0,0,7,-7,-81;22,22,22,12,12,12,12,4,22,12,12,12,5,12,95","consts":[{"k":"number"}],"captures":[],"span":[4041,4136]},{"name":"int?","doc":"Returns true if a value is a whole number (a number with no fractional part).","clauses":["(x)"],"code":[40,1,10,1,0,6,0,37,1,38,53],"spans":"4232,0,0,7,0,12,0,-12,0,-7,-94;21,21,21,14,14,1,1,14,14,21,117","consts":[{"b":"int?"}],"captures":[],"span":[4138,4255]},{"name":"keyword?","doc":"Returns true if a value is a keyword.","clauses":["(x as :keyword)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4315,0,0,1,0,0,0,18,-19,26,0,0,7,-7,-84;23,23,23,13,13,13,13,4,23,12,12,12,5,12,98","consts":[{"k":"keyword"}],"captures":[],"span":[4257,4355]},{"name":"string?","doc":"Returns true if a value is a string.","clauses":["(x as :string)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4413,0,0,1,0,0,0,17,-18,25,0,0,7,-7,-81;22,22,22,12,12,12,12,4,22,12,12,12,5,12,95","consts":[{"k":"string"}],"captures":[],"span":[4357,4452]},{"name":"fn?","doc":"Returns true if a value is a function (named, anonymous, partially applied or built in).","clauses":["(x as :fn)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4558,0,0,1,0,0,0,13,-14,21,0,0,7,-7,-125;18,18,18,8,8,8,8,4,18,12,12,12,5,12,139","consts":[{"k":"fn"}],"captures":[],"span":[4454,4593]},{"name":"tuple?","doc":"Returns true if a value is a tuple.","clauses":["(x as :tuple)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4649,0,0,1,0,0,0,16,-17,24,0,0,7,-7,-78;21,21,21,11,11,11,11,4,21,12,12,12,5,12,92","consts":[{"k":"tuple"}],"captures":[],"span":[4595,4687]},{"name":"list?","doc":"Returns true if a value is a list.","clauses":["(x as :list)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4741,0,0,1,0,0,0,15,-16,23,0,0,7,-7,-75;20,20,20,10,10,10,10,4,20,12,12,12,5,12,89","consts":[{"k":"list"}],"captures":[],"span":[4689,4778]},{"name":"dict?","doc":"Returns true if a value is a dict.","clauses":["(x as :dict)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4832,0,0,1,0,0,0,15,-16,23,0,0,7,-7,-75;20,20,20,10,10,10,10,4,20,12,12,12,5,12,89","consts":[{"k":"dict"}],"captures":[],"span":[4780,4869]},{"name":"set?","doc":"Returns true if a value is a set.","clauses":["(x as :set)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"4921,0,0,1,0,0,0,14,-15,22,0,0,7,-7,-72;19,19,19,9,9,9,9,4,19,12,12,12,5,12,86","consts":[{"k":"set"}],"captures":[],"span":[4871,4957]},{"name":"pkg?","doc":"Returns true if a value is a package.","clauses":["(x as :pkg)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"5013,0,0,1,0,0,0,14,-15,22,0,0,7,-7,-76;19,19,19,9,9,9,9,4,19,12,12,12,5,12,90","consts":[{"k":"pkg"}],"captures":[],"span":[4959,5049]},{"name":"box?","doc":"Returns true if a value is a box.","clauses":["(x as :box)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"5101,0,0,1,0,0,0,14,-15,22,0,0,7,-7,-72;19,19,19,9,9,9,9,4,19,12,12,12,5,12,86","consts":[{"k":"box"}],"captures":[],"span":[5051,5137]},{"name":"pid?","doc":"Returns true if a value is a process id (what spawn! and self return).","clauses":["(x as :pid)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,14,4,38,53],"spans":"5226,0,0,1,0,0,0,14,-15,22,0,0,7,-7,-109;19,19,19,9,9,9,9,4,19,12,12,12,5,12,123","consts":[{"k":"pid"}],"captures":[],"span":[5139,5262]},{"name":"coll?","doc":"Returns true if a value is a collection: a list, tuple, set, dict or package.","clauses":["(x as :list)","(x as :tuple)","(x as :dict)","(x as :set)","(x as :pkg)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,18,48,0,1,18,3,38,40,1,27,48,0,2,27,3,38,40,1,36,48,0,3,36,3,38,40,1,45,48,0,4,45,3,38,40,1,50,4,38,53],"spans":"5359,0,0,1,0,0,0,15,-16,23,0,0,1,0,0,0,16,-17,24,0,0,1,0,0,0,15,-16,23,0,0,1,0,0,0,14,-15,22,0,0,1,0,0,0,14,-15,22,0,0,7,-7,-209;20,20,20,10,10,10,10,4,20,21,21,21,11,11,11,11,4,21,20,20,20,10,10,10,10,4,20,19,19,19,9,9,9,9,4,19,19,19,19,9,9,9,9,4,19,12,12,12,5,12,223","consts":[{"k":"list"},{"k":"tuple"},{"k":"dict"},{"k":"set"},{"k":"pkg"}],"captures":[],"span":[5264,5487]},{"name":"ordered?","doc":"Returns true if a value is an ordered collection, whose elements have indices: a list or a tuple.","clauses":["(x as :list)","(x as :tuple)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,18,48,0,1,18,3,38,40,1,23,4,38,53],"spans":"5607,0,0,1,0,0,0,15,-16,23,0,0,1,0,0,0,16,-17,24,0,0,7,-7,-165;20,20,20,10,10,10,10,4,20,21,21,21,11,11,11,11,4,21,12,12,12,5,12,179","consts":[{"k":"list"},{"k":"tuple"}],"captures":[],"span":[5489,5668]},{"name":"assoc?","doc":"Returns true if a value is an associative collection, with keys: a dict or a package.","clauses":["(x as :dict)","(x as :pkg)","(_)"],"code":[40,1,9,48,0,0,9,3,38,40,1,18,48,0,1,18,3,38,40,1,23,4,38,53],"spans":"5774,0,0,1,0,0,0,15,-16,23,0,0,1,0,0,0,14,-15,22,0,0,7,-7,-149;20,20,20,10,10,10,10,4,20,19,19,19,9,9,9,9,4,19,12,12,12,5,12,163","consts":[{"k":"dict"},{"k":"pkg"}],"captures":[],"span":[5670,5833]},{"name":"show","doc":"Returns the printed form of any value as a string, the way the result of a script is shown: strings in quotes, 1.0 as 1, lists as [1, 2] and so on.","clauses":["(x)"],"code":[40,1,10,1,0,6,0,37,1,38,53],"spans":"5999,0,0,7,0,12,0,-12,0,-7,-164;21,21,21,14,14,1,1,14,14,21,187","consts":[{"b":"show"}],"captures":[],"span":[5835,6022]},{"name":"add","doc":"Adds numbers, or 2-D vectors given as (x, y) tuples: add (1, 2) is 3, add ((1, 2), (3, 4)) is (4, 6). With no arguments, returns 0.","clauses":["(x as :number, y as :number)","((x1, y1), (x2, y2))","()","(x as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,40,2,62,42,0,2,60,49,0,0,49,0,1,42,1,2,60,49,1,0,49,1,1,9,6,2,6,4,36,2,9,6,3,6,5,36,2,18,2,38,16,2,40,0,68,1,2,38,40,1,78,48,0,0,78,6,0,38,100,3,120,41,43,0,3,119,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,3,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"6184,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,51,0,0,1,0,0,0,1,0,0,4,0,0,5,0,0,0,1,0,0,4,0,0,9,5,0,4,0,-9,0,14,5,0,4,0,-9,0,-15,0,-24,0,0,55,0,0,6,0,-6,10,0,0,1,0,0,0,17,0,-18,22,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,5,0,1,0,-1,7,0,-3,10,5,0,3,0,-8,0,-25,0,-22,0,-285;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,52,52,52,8,8,8,8,2,2,2,2,2,2,8,8,8,8,2,2,2,2,2,2,3,2,2,2,2,12,12,3,2,2,2,2,12,12,28,28,52,52,52,7,7,7,1,1,7,19,19,19,12,12,12,12,1,1,19,58,58,58,58,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,3,12,12,1,1,12,4,4,7,3,1,1,1,1,10,10,36,36,58,58,345","consts":[{"k":"number"},{"b":"add"},0,{"e":"list"}],"captures":[],"span":[6037,6382]},{"name":"sub","doc":"Subtracts numbers, or 2-D vectors given as (x, y) tuples: sub (10, 3) is 7, and sub (10, 3, 2) is 5.","clauses":["(x as :number, y as :number)","((x1, y1), (x2, y2))","(x as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,40,2,62,42,0,2,60,49,0,0,49,0,1,42,1,2,60,49,1,0,49,1,1,9,6,2,6,4,36,2,9,6,3,6,5,36,2,18,2,38,16,2,40,1,72,48,0,0,72,6,0,38,100,3,114,41,43,0,3,113,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,2,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"6500,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,51,0,0,1,0,0,0,1,0,0,4,0,0,5,0,0,0,1,0,0,4,0,0,9,5,0,4,0,-9,0,14,5,0,4,0,-9,0,-15,0,-24,0,0,55,0,0,1,0,0,0,17,0,-18,22,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,5,0,1,0,-1,7,0,-3,10,5,0,3,0,-8,0,-25,0,-22,0,-244;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,52,52,52,8,8,8,8,2,2,2,2,2,2,8,8,8,8,2,2,2,2,2,2,3,2,2,2,2,12,12,3,2,2,2,2,12,12,28,28,52,52,52,19,19,19,12,12,12,12,1,1,19,58,58,58,58,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,3,12,12,1,1,12,4,4,7,3,1,1,1,1,10,10,36,36,58,58,304","consts":[{"k":"number"},{"b":"sub"},{"e":"list"}],"captures":[],"span":[6384,6688]},{"name":"mult","doc":"Multiplies numbers; multiplying a 2-D vector (x, y) and a number, on either side, scales the vector: mult ((1, 2), 3) is (3, 6). With no arguments, returns 1.","clauses":["(x as :number, y as :number)","((x, y), k as :number)","(k as :number, (x, y))","()","(x as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,40,2,56,42,0,2,54,49,0,0,49,0,1,48,1,0,54,9,6,2,6,1,36,2,9,6,3,6,1,36,2,18,2,38,16,2,40,2,90,48,0,0,90,42,1,2,90,49,1,0,49,1,1,9,6,0,6,2,36,2,9,6,0,6,3,36,2,18,2,38,40,0,96,1,2,38,40,1,106,48,0,0,106,6,0,38,100,3,148,41,43,0,3,147,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,3,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"6865,0,0,1,0,0,0,14,0,0,0,17,0,12,0,3,0,-15,0,-32,52,0,0,1,0,0,0,1,0,0,3,0,0,4,0,0,0,18,6,0,3,0,-9,0,13,6,0,3,0,-9,0,-14,0,-26,0,0,55,0,0,1,0,0,0,14,0,0,0,1,0,0,3,0,0,8,6,0,3,0,-9,0,13,6,0,3,0,-9,0,-14,0,-26,55,0,0,6,0,-6,10,0,0,1,0,0,0,17,0,-18,22,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,6,0,1,0,-1,7,0,-3,10,6,0,3,0,-9,0,-26,0,-22,0,-369;49,49,49,12,12,12,12,12,12,12,12,17,17,1,1,1,1,17,17,49,52,52,52,6,6,6,6,1,1,1,1,1,1,12,12,12,12,4,1,1,1,1,11,11,4,1,1,1,1,11,11,26,26,52,52,52,52,52,52,12,12,12,12,6,6,6,6,1,1,1,1,1,1,4,1,1,1,1,11,11,4,1,1,1,1,11,11,26,26,52,7,7,7,1,1,7,19,19,19,12,12,12,12,1,1,19,60,60,60,60,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,4,12,12,1,1,12,4,4,7,4,1,1,1,1,11,11,38,38,60,60,431","consts":[{"k":"number"},{"b":"mult"},1,{"e":"list"}],"captures":[],"span":[6690,7121]},{"name":"div","doc":"Divides numbers: div (10, 4) is 2.5, div (60, 2, 3) is 10. A 2-D vector (x, y) may be divided by a number. Panics on division by zero; see div/0 and div/safe.","clauses":["(x as :number, y as :number)","((x, y), k as :number)","(x as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,40,2,56,42,0,2,54,49,0,0,49,0,1,48,1,0,54,9,6,2,6,1,36,2,9,6,3,6,1,36,2,18,2,38,16,2,40,1,66,48,0,0,66,6,0,38,100,3,108,41,43,0,3,107,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,2,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"7297,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,51,0,0,1,0,0,0,1,0,0,3,0,0,4,0,0,0,18,5,0,3,0,-8,0,12,5,0,3,0,-8,0,-13,0,-26,0,0,53,0,0,1,0,0,0,17,0,-18,22,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,5,0,1,0,-1,7,0,-3,10,5,0,3,0,-8,0,-25,0,-22,0,-300;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,50,50,50,6,6,6,6,1,1,1,1,1,1,12,12,12,12,3,1,1,1,1,10,10,3,1,1,1,1,10,10,24,24,50,50,50,19,19,19,12,12,12,12,1,1,19,58,58,58,58,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,3,12,12,1,1,12,4,4,7,3,1,1,1,1,10,10,36,36,58,58,360","consts":[{"k":"number"},{"b":"div"},{"e":"list"}],"captures":[],"span":[7123,7483]},{"name":"div/0","doc":"Divides two numbers, but returns 0 when dividing by zero instead of panicking.","clauses":["(x as :number, 0)","(x as :number, y as :number)"],"code":[40,2,14,48,0,0,14,47,1,1,14,1,1,38,40,2,34,48,0,0,34,48,1,0,34,1,2,6,0,6,1,37,2,38,53],"spans":"7581,0,0,1,0,0,0,14,0,0,0,6,0,-21,25,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,-121;22,22,22,12,12,12,12,1,1,1,1,1,1,22,48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,171","consts":[{"k":"number"},0,{"b":"div"}],"captures":[],"span":[7485,7656]},{"name":"div/safe","doc":"Divides two numbers and returns a result: (:ok, quotient), or (:err, \\"division by zero\\").","clauses":["(x as :number, 0)","(x as :number, y as :number)"],"code":[40,2,18,48,0,0,18,47,1,1,18,1,2,1,3,18,2,38,40,2,42,48,0,0,42,48,1,0,42,1,4,1,5,6,0,6,1,36,2,18,2,38,53],"spans":"7770,0,0,1,0,0,0,14,0,0,0,7,0,6,0,-7,0,-21,50,0,0,1,0,0,0,14,0,0,0,18,0,5,0,11,0,3,0,-14,0,-6,0,-32,-162;47,47,47,12,12,12,12,1,1,1,1,4,4,18,18,26,26,47,55,55,55,12,12,12,12,12,12,12,12,3,3,16,16,1,1,1,1,16,16,23,23,55,219","consts":[{"k":"number"},0,{"k":"err"},"division by zero",{"k":"ok"},{"b":"div"}],"captures":[],"span":[7658,7877]},{"name":"inc","doc":"Adds one to a number.","clauses":["(x as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"7916,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-37;34,34,34,12,12,12,12,16,16,1,1,1,1,16,16,34,73","consts":[{"k":"number"},{"b":"add"},1],"captures":[],"span":[7879,7952]},{"name":"dec","doc":"Subtracts one from a number.","clauses":["(x as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"7998,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-44;34,34,34,12,12,12,12,16,16,1,1,1,1,16,16,34,80","consts":[{"k":"number"},{"b":"sub"},1],"captures":[],"span":[7954,8034]},{"name":"neg","doc":"Negates a number (neg (3) is -3), or a 2-D vector.","clauses":["(x as :number)","((x as :number, y as :number))"],"code":[40,1,16,48,0,0,16,1,1,1,2,6,0,37,2,38,40,1,58,42,0,2,56,49,0,0,48,1,0,56,49,0,1,48,2,0,56,1,1,1,2,6,1,36,2,1,1,1,2,6,2,36,2,18,2,38,16,1,53],"spans":"8102,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,37,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,19,0,11,0,3,0,-14,0,18,0,11,0,3,0,-14,0,-19,0,-34,0,0,-103;34,34,34,12,12,12,12,16,16,1,1,1,1,16,16,34,70,70,70,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,16,16,1,1,1,1,16,16,36,36,70,70,70,175","consts":[{"k":"number"},{"b":"sub"},0],"captures":[],"span":[8036,8211]},{"name":"abs","doc":"Returns the absolute value of a number: abs (-3) is 3.","clauses":["(x as :number)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"8283,0,0,1,0,0,0,17,0,11,0,-11,0,-18,-70;31,31,31,12,12,12,12,13,13,1,1,13,13,31,103","consts":[{"k":"number"},{"b":"abs"}],"captures":[],"span":[8213,8316]},{"name":"mod","doc":"Returns the remainder of dividing x by y, with the sign of y (it rounds the quotient down, toward negative infinity): mod (7, 3) is 1, mod (-1, 3) is 2. Panics if y is 0.","clauses":["(x as :number, y as :number)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,53],"spans":"8504,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,-186;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,236","consts":[{"k":"number"},{"b":"mod"}],"captures":[],"span":[8318,8554]},{"name":"pow","doc":"Raises a number to a power: pow (2, 10) is 1024.","clauses":["(x as :number, y as :number)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,53],"spans":"8620,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,-64;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,114","consts":[{"k":"number"},{"b":"pow"}],"captures":[],"span":[8556,8670]},{"name":"square","doc":"Multiplies a number by itself.","clauses":["(x as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,6,0,37,2,38,53],"spans":"8721,0,0,1,0,0,0,17,0,12,0,3,0,-15,0,-18,-49;35,35,35,12,12,12,12,17,17,1,1,1,1,17,17,35,86","consts":[{"k":"number"},{"b":"mult"}],"captures":[],"span":[8672,8758]},{"name":"sqrt","doc":"Returns the square root of a number that is not negative.","clauses":["(x as :number)"],"code":[40,1,32,48,0,0,32,1,1,6,0,1,2,36,2,35,25,1,3,6,0,18,2,39,38,1,4,6,0,37,1,38,53],"spans":"8834,0,0,1,0,0,0,20,0,11,0,3,0,-14,0,-3,0,37,0,53,0,-54,0,-7,-29,102,0,12,0,-12,0,-120,-74;134,134,134,12,12,12,12,16,16,1,1,1,1,16,16,116,116,51,51,1,1,56,56,63,116,14,14,1,1,14,14,134,210","consts":[{"k":"number"},{"b":"lt?"},0,"sqrt needs a number that is not negative, but got",{"b":"sqrt"}],"captures":[],"span":[8760,8970]},{"name":"sum_of_squares","doc":"Returns the sum of the squares of its arguments, all numbers: sum_of_squares (3, 4) is 25.","clauses":["(x as :number, y as :number)","(...xs)"],"code":[40,2,32,48,0,0,32,48,1,0,32,1,1,1,2,6,0,6,0,36,2,1,2,6,1,6,1,36,2,37,2,38,100,0,55,41,43,0,0,54,50,0,0,7,29,29,3,6,1,1,4,37,3,38,101,53],"spans":"9089,0,0,1,0,0,0,14,0,0,0,17,0,11,0,12,0,3,0,-15,0,19,0,12,0,3,0,-15,0,-30,0,-32,83,0,0,0,0,0,0,0,1,0,0,10,0,6,0,38,0,4,0,-48,0,-11,0,-200;80,80,80,12,12,12,12,12,12,12,12,48,48,17,17,1,1,1,1,17,17,17,17,1,1,1,1,17,17,48,48,80,61,61,61,61,7,7,7,7,5,5,5,4,4,36,36,2,2,1,1,50,50,61,61,263","consts":[{"k":"number"},{"b":"add"},{"b":"mult"},{"p":45},0],"captures":[],"span":[8972,9235]},{"name":null,"doc":null,"clauses":["(acc, x)"],"code":[40,2,16,7,30,6,0,7,42,6,1,36,1,37,2,38,53],"spans":"9192,0,0,12,0,5,0,5,0,8,0,-8,0,-10,0,-12,-3;33,33,33,3,3,3,3,6,6,1,1,10,10,21,21,33,36","consts":[],"captures":[],"span":[9189,9225]},{"name":"floor","doc":"Rounds a number down, toward negative infinity: floor (-1.5) is -2.","clauses":["(x as :number)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"9322,0,0,1,0,0,0,17,0,13,0,-13,0,-18,-85;33,33,33,12,12,12,12,15,15,1,1,15,15,33,120","consts":[{"k":"number"},{"b":"floor"}],"captures":[],"span":[9237,9357]},{"name":"ceil","doc":"Rounds a number up, toward positive infinity: ceil (1.2) is 2.","clauses":["(x as :number)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"9438,0,0,1,0,0,0,17,0,12,0,-12,0,-18,-79;32,32,32,12,12,12,12,14,14,1,1,14,14,32,113","consts":[{"k":"number"},{"b":"ceil"}],"captures":[],"span":[9359,9472]},{"name":"round","doc":"Rounds a number to the nearest whole number; halves round away from zero: round (2.5) is 3, round (-2.5) is -3.","clauses":["(x as :number)"],"code":[40,1,43,48,0,0,43,1,1,6,0,1,2,36,2,35,36,1,3,1,2,1,4,1,3,1,2,6,0,36,2,36,1,37,2,38,1,4,6,0,37,1,38,53],"spans":"9603,0,0,1,0,0,0,20,0,11,0,3,0,-14,0,-3,0,29,0,11,0,3,0,13,0,11,0,3,0,-14,0,-13,0,-14,0,-29,84,0,13,0,-13,0,-102,-129;117,117,117,12,12,12,12,16,16,1,1,1,1,16,16,99,99,45,45,1,1,30,30,16,16,1,1,1,1,16,16,30,30,45,45,99,15,15,1,1,15,15,117,248","consts":[{"k":"number"},{"b":"lt?"},0,{"b":"sub"},{"b":"round"}],"captures":[],"span":[9474,9722]},{"name":"min","doc":"Returns the smallest of its arguments, all numbers, or of a list of numbers.","clauses":["(x as :number, y as :number)","(x as :number)","(xs as :list)","(x, y, z, ...more)"],"code":[40,2,27,48,0,0,27,48,1,0,27,1,1,6,1,6,0,36,2,35,24,6,1,38,6,0,38,40,1,37,48,0,0,37,6,0,38,40,1,76,48,0,2,76,1,3,6,0,1,4,36,2,35,58,1,5,39,38,7,29,9,7,48,6,0,36,1,7,49,6,0,36,1,37,3,38,100,3,118,41,43,0,3,117,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,4,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"9816,0,0,1,0,0,0,14,0,0,0,20,0,11,0,3,0,-14,0,-3,0,25,0,-25,32,0,-64,68,0,0,1,0,0,0,17,0,-18,22,0,0,1,0,0,0,19,0,11,0,4,0,-15,0,-3,0,38,0,-7,-31,102,0,6,5,0,6,0,-6,0,11,0,7,0,-7,0,-22,0,-119,155,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,5,0,1,0,-1,7,0,-3,10,5,0,3,0,-8,0,-25,0,-22,0,-337;65,65,65,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,33,33,1,1,33,1,1,65,19,19,19,12,12,12,12,1,1,19,152,152,152,11,11,11,11,18,18,2,2,2,2,18,18,135,135,54,54,61,135,4,4,3,4,4,2,2,9,9,5,5,2,2,10,10,33,33,152,58,58,58,58,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,3,12,12,1,1,12,4,4,7,3,1,1,1,1,10,10,36,36,58,58,397","consts":[{"k":"number"},{"b":"lt?"},{"k":"list"},{"b":"eq?"},{"e":"list"},"min needs at least one number, but got an empty list"],"captures":[],"span":[9724,10121]},{"name":"max","doc":"Returns the largest of its arguments, all numbers, or of a list of numbers.","clauses":["(x as :number, y as :number)","(x as :number)","(xs as :list)","(x, y, z, ...more)"],"code":[40,2,27,48,0,0,27,48,1,0,27,1,1,6,1,6,0,36,2,35,24,6,1,38,6,0,38,40,1,37,48,0,0,37,6,0,38,40,1,76,48,0,2,76,1,3,6,0,1,4,36,2,35,58,1,5,39,38,7,29,9,7,48,6,0,36,1,7,49,6,0,36,1,37,3,38,100,3,118,41,43,0,3,117,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,4,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"10214,0,0,1,0,0,0,14,0,0,0,20,0,11,0,3,0,-14,0,-3,0,25,0,-25,32,0,-64,68,0,0,1,0,0,0,17,0,-18,22,0,0,1,0,0,0,19,0,11,0,4,0,-15,0,-3,0,38,0,-7,-31,102,0,6,5,0,6,0,-6,0,11,0,7,0,-7,0,-22,0,-119,155,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,5,0,1,0,-1,7,0,-3,10,5,0,3,0,-8,0,-25,0,-22,0,-336;65,65,65,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,33,33,1,1,33,1,1,65,19,19,19,12,12,12,12,1,1,19,152,152,152,11,11,11,11,18,18,2,2,2,2,18,18,135,135,54,54,61,135,4,4,3,4,4,2,2,9,9,5,5,2,2,10,10,33,33,152,58,58,58,58,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,3,12,12,1,1,12,4,4,7,3,1,1,1,1,10,10,36,36,58,58,396","consts":[{"k":"number"},{"b":"gt?"},{"k":"list"},{"b":"eq?"},{"e":"list"},"max needs at least one number, but got an empty list"],"captures":[],"span":[10123,10519]},{"name":"random","doc":"Returns a random number. With no arguments, between 0 (included) and 1 (excluded); with one number n, between 0 and n; with two numbers, between the first (included) and the second (excluded). Given a list, tuple or set, returns a random element (nil if it is empty); given a dict, a random value.","clauses":["()","(n as :number)","(m as :number, n as :number)","(xs as :list)","(xs as :tuple)","(s as :set)","(d as :dict)"],"code":[40,0,8,1,0,37,0,38,40,1,26,48,0,1,26,1,2,6,0,1,0,36,0,37,2,38,40,2,60,48,0,1,60,48,1,1,60,1,3,6,0,1,2,1,4,6,1,6,0,36,2,1,0,36,0,36,2,37,2,38,40,1,92,48,0,5,92,1,6,6,0,1,7,1,2,1,8,6,0,36,1,1,0,36,0,36,2,36,1,37,2,38,40,1,124,48,0,9,124,1,6,6,0,1,7,1,2,1,8,6,0,36,1,1,0,36,0,36,2,36,1,37,2,38,40,1,141,48,0,10,141,9,1,11,6,0,36,1,37,1,38,40,1,158,48,0,12,158,9,1,13,6,0,36,1,37,1,38,53],"spans":"10837,0,0,6,0,0,0,-6,24,0,0,1,0,0,0,17,0,12,0,3,0,0,0,-15,0,-18,52,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,12,0,11,0,3,0,-14,0,18,0,0,0,-30,0,-14,0,-32,96,0,0,1,0,0,0,16,0,10,0,4,0,13,0,12,0,13,0,-13,0,18,0,0,0,-30,0,-13,0,-14,0,-17,95,0,0,1,0,0,0,17,0,10,0,4,0,13,0,12,0,13,0,-13,0,18,0,0,0,-30,0,-13,0,-14,0,-18,96,0,0,1,0,0,0,14,8,0,15,0,-15,0,-8,0,-15,44,0,0,1,0,0,0,15,8,0,14,0,-14,0,-8,0,-16,-723;21,21,21,15,15,15,15,21,49,49,49,12,12,12,12,31,31,1,1,15,15,15,15,31,31,49,93,93,93,12,12,12,12,12,12,12,12,61,61,1,1,46,46,16,16,1,1,1,1,16,16,15,15,15,15,46,46,61,61,93,92,92,92,11,11,11,11,75,75,2,2,60,60,46,46,16,16,2,2,16,16,15,15,15,15,46,46,60,60,75,75,92,93,93,93,12,12,12,12,75,75,2,2,60,60,46,46,16,16,2,2,16,16,15,15,15,15,46,46,60,60,75,75,93,41,41,41,9,9,9,9,6,17,17,1,1,17,17,26,26,41,41,41,41,10,10,10,10,6,16,16,1,1,16,16,25,25,41,766","consts":[{"b":"random"},{"k":"number"},{"b":"mult"},{"b":"add"},{"b":"sub"},{"k":"list"},{"b":"at"},{"b":"floor"},{"b":"count"},{"k":"tuple"},{"k":"set"},{"b":"to_list"},{"k":"dict"},{"b":"values"}],"captures":[],"span":[10521,11287]},{"name":"random_int","doc":"Returns a random whole number: with one number n, from 0 up to n (excluded); with two numbers m and n, from m up to n (excluded). random_int (6) gives one of 0 to 5.","clauses":["(n as :number)","(m as :number, n as :number)"],"code":[40,1,18,48,0,0,18,1,1,7,52,6,0,36,1,37,1,38,40,2,42,48,0,0,42,48,1,0,42,1,1,7,52,6,0,6,1,36,2,37,1,38,53],"spans":"11477,0,0,1,0,0,0,17,0,13,0,8,0,-8,0,-13,0,-18,45,0,0,1,0,0,0,14,0,0,0,17,0,13,0,8,0,3,0,-11,0,-13,0,-32,-233;42,42,42,12,12,12,12,24,24,6,6,1,1,10,10,24,24,42,59,59,59,12,12,12,12,12,12,12,12,27,27,6,6,1,1,1,1,13,13,27,27,59,294","consts":[{"k":"number"},{"b":"floor"}],"captures":[],"span":[11289,11583]},{"name":"zero?","doc":"Returns true if a number is 0.","clauses":["(x as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"11633,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-48;34,34,34,12,12,12,12,16,16,1,1,1,1,16,16,34,84","consts":[{"k":"number"},{"b":"eq?"},0],"captures":[],"span":[11585,11669]},{"name":"pos?","doc":"Returns true if a number is greater than 0.","clauses":["(x as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"11731,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-60;34,34,34,12,12,12,12,16,16,1,1,1,1,16,16,34,96","consts":[{"k":"number"},{"b":"gt?"},0],"captures":[],"span":[11671,11767]},{"name":"neg?","doc":"Returns true if a number is less than 0.","clauses":["(x as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"11826,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-57;34,34,34,12,12,12,12,16,16,1,1,1,1,16,16,34,93","consts":[{"k":"number"},{"b":"lt?"},0],"captures":[],"span":[11769,11862]},{"name":"even?","doc":"Returns true if a number is even: a whole number divisible by 2.","clauses":["(x as :number)"],"code":[40,1,22,48,0,0,22,1,1,1,2,6,0,1,3,36,2,1,4,37,2,38,53],"spans":"11946,0,0,1,0,0,0,17,0,11,0,11,0,3,0,-14,0,18,0,-29,0,-18,-82;49,49,49,12,12,12,12,31,31,16,16,1,1,1,1,16,16,1,1,31,31,49,133","consts":[{"k":"number"},{"b":"eq?"},{"b":"mod"},2,0],"captures":[],"span":[11864,11997]},{"name":"odd?","doc":"Returns true if a number is odd: a whole number not divisible by 2.","clauses":["(x as :number)"],"code":[40,1,22,48,0,0,22,1,1,1,2,6,0,1,3,36,2,1,4,37,2,38,53],"spans":"12083,0,0,1,0,0,0,17,0,11,0,11,0,3,0,-14,0,18,0,-29,0,-18,-84;49,49,49,12,12,12,12,31,31,16,16,1,1,1,1,16,16,1,1,31,31,49,135","consts":[{"k":"number"},{"b":"eq?"},{"b":"mod"},2,1],"captures":[],"span":[11999,12134]},{"name":"turn/deg","doc":"Converts an angle in turns to degrees: turn/deg (0.25) is 90.","clauses":["(a as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"12512,0,0,1,0,0,0,17,0,12,0,3,0,-15,0,-18,-82;37,37,37,12,12,12,12,19,19,1,1,3,3,19,19,37,121","consts":[{"k":"number"},{"b":"mult"},360],"captures":[],"span":[12430,12551]},{"name":"deg/turn","doc":"Converts an angle in degrees to turns: deg/turn (90) is 0.25.","clauses":["(a as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,53],"spans":"12635,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-82;36,36,36,12,12,12,12,18,18,1,1,3,3,18,18,36,120","consts":[{"k":"number"},{"b":"div"},360],"captures":[],"span":[12553,12673]},{"name":"turn/rad","doc":"Converts an angle in turns to radians: turn/rad (0.5) is pi.","clauses":["(a as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,7,60,37,2,38,53],"spans":"12756,0,0,1,0,0,0,17,0,12,0,3,0,-15,0,-18,-81;37,37,37,12,12,12,12,19,19,1,1,3,3,19,19,37,120","consts":[{"k":"number"},{"b":"mult"}],"captures":[],"span":[12675,12795]},{"name":"rad/turn","doc":"Converts an angle in radians to turns: rad/turn (pi) is 0.5.","clauses":["(a as :number)"],"code":[40,1,16,48,0,0,16,1,1,6,0,7,60,37,2,38,53],"spans":"12878,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,-81;36,36,36,12,12,12,12,18,18,1,1,3,3,18,18,36,119","consts":[{"k":"number"},{"b":"div"}],"captures":[],"span":[12797,12916]},{"name":"deg/rad","doc":"Converts an angle in degrees to radians: deg/rad (180) is pi.","clauses":["(a as :number)"],"code":[40,1,22,48,0,0,22,1,1,1,2,6,0,7,59,36,2,1,3,37,2,38,53],"spans":"12999,0,0,1,0,0,0,17,0,11,0,12,0,3,0,-15,0,20,0,-31,0,-18,-81;53,53,53,12,12,12,12,35,35,18,18,1,1,2,2,18,18,3,3,35,35,53,136","consts":[{"k":"number"},{"b":"div"},{"b":"mult"},180],"captures":[],"span":[12918,13054]},{"name":"rad/deg","doc":"Converts an angle in radians to degrees: rad/deg (pi) is 180.","clauses":["(a as :number)"],"code":[40,1,22,48,0,0,22,1,1,1,2,6,0,1,3,36,2,7,59,37,2,38,53],"spans":"13137,0,0,1,0,0,0,17,0,11,0,12,0,3,0,-15,0,21,0,-32,0,-18,-81;53,53,53,12,12,12,12,35,35,19,19,1,1,3,3,19,19,2,2,35,35,53,136","consts":[{"k":"number"},{"b":"div"},{"b":"mult"},180],"captures":[],"span":[13056,13192]},{"name":"sin_turns","doc":null,"clauses":["(a)"],"code":[40,1,56,1,0,6,0,1,1,36,2,47,1,2,18,1,2,38,47,1,3,25,1,1,38,47,1,4,32,1,2,38,47,1,5,39,1,6,38,1,7,1,8,6,1,7,60,36,2,37,1,38,55,1,9,38,53],"spans":"13307,0,0,13,0,11,0,3,0,-14,0,28,0,0,0,5,0,-5,11,0,0,0,8,0,-8,14,0,0,0,7,0,-7,13,0,0,0,8,0,-8,20,0,11,0,12,0,3,0,-15,0,-11,0,-5,-87,0,0,-7,-13;134,134,134,16,16,1,1,1,1,16,16,1,1,1,1,1,1,6,4,4,4,4,1,1,9,3,3,3,3,1,1,8,4,4,4,4,2,2,10,31,31,19,19,1,1,3,3,19,19,31,31,36,127,127,127,134,147","consts":[{"b":"mod"},1,0,0.25,0.5,0.75,-1,{"b":"sin"},{"b":"mult"},{"ss":["0","0.25","0.5","0.75","t"]}],"captures":[],"span":[13294,13441]},{"name":"cos_turns","doc":null,"clauses":["(a)"],"code":[40,1,56,1,0,6,0,1,1,36,2,47,1,2,18,1,1,38,47,1,3,25,1,2,38,47,1,4,32,1,5,38,47,1,6,39,1,2,38,1,7,1,8,6,1,7,60,36,2,37,1,38,55,1,9,38,53],"spans":"13458,0,0,13,0,11,0,3,0,-14,0,28,0,0,0,5,0,-5,11,0,0,0,8,0,-8,14,0,0,0,7,0,-7,14,0,0,0,8,0,-8,19,0,11,0,12,0,3,0,-15,0,-11,0,-5,-87,0,0,-7,-13;134,134,134,16,16,1,1,1,1,16,16,1,1,1,1,1,1,6,4,4,4,4,1,1,9,3,3,3,3,2,2,9,4,4,4,4,1,1,9,31,31,19,19,1,1,3,3,19,19,31,31,36,127,127,127,134,147","consts":[{"b":"mod"},1,0,0.25,0.5,-1,0.75,{"b":"cos"},{"b":"mult"},{"ss":["0","0.25","0.5","0.75","t"]}],"captures":[],"span":[13445,13592]},{"name":"tan_turns","doc":null,"clauses":["(a)"],"code":[40,1,49,1,0,6,0,1,1,36,2,47,1,2,18,1,2,38,47,1,3,25,1,4,38,47,1,5,32,1,6,38,1,7,1,8,6,1,7,60,36,2,37,1,38,55,1,9,38,53],"spans":"13609,0,0,13,0,11,0,3,0,-14,0,30,0,0,0,5,0,-5,11,0,0,0,9,0,-9,15,0,0,0,9,0,-9,21,0,11,0,12,0,3,0,-15,0,-11,0,-5,-78,0,0,-7,-13;125,125,125,18,18,1,1,3,3,18,18,1,1,1,1,1,1,6,5,5,5,5,1,1,10,5,5,5,5,2,2,11,31,31,19,19,1,1,3,3,19,19,31,31,36,118,118,118,125,138","consts":[{"b":"mod"},0.5,0,0.125,1,0.375,-1,{"b":"tan"},{"b":"mult"},{"ss":["0","0.125","0.375","t"]}],"captures":[],"span":[13596,13734]},{"name":"sin","doc":"Returns the sine of an angle, in turns unless a unit is given (:turns, :degrees or :radians): sin (0.25) is 1, sin (90, :degrees) is 1.","clauses":["(a as :number)","(a as :number, :turns)","(a as :number, :degrees)","(a as :number, :radians)"],"code":[40,1,14,48,0,0,14,8,0,6,0,37,1,38,40,2,32,48,0,0,32,47,1,1,32,8,0,6,0,37,1,38,40,2,56,48,0,0,56,47,1,2,56,8,0,1,3,6,0,1,4,36,2,37,1,38,40,2,74,48,0,0,74,47,1,5,74,1,6,6,0,37,1,38,53],"spans":"13893,0,0,1,0,0,0,17,0,11,0,-11,0,-18,36,0,0,1,0,0,0,14,0,0,0,11,0,11,0,-11,0,-26,44,0,0,1,0,0,0,14,0,0,0,13,0,11,0,11,0,3,0,-14,0,-11,0,-28,63,0,0,1,0,0,0,14,0,0,0,13,0,11,0,-11,0,-28,-298;31,31,31,12,12,12,12,9,9,1,1,13,13,31,39,39,39,12,12,12,12,6,6,6,6,9,9,1,1,13,13,39,58,58,58,12,12,12,12,8,8,8,8,9,9,18,18,1,1,3,3,18,18,30,30,58,41,41,41,12,12,12,12,8,8,8,8,13,13,1,1,13,13,41,343","consts":[{"k":"number"},{"k":"turns"},{"k":"degrees"},{"b":"div"},360,{"k":"radians"},{"b":"sin"}],"captures":[0,0],"span":[13738,14081]},{"name":"cos","doc":"Returns the cosine of an angle, in turns unless a unit is given (:turns, :degrees or :radians): cos (0.5) is -1, cos (180, :degrees) is -1.","clauses":["(a as :number)","(a as :number, :turns)","(a as :number, :degrees)","(a as :number, :radians)"],"code":[40,1,14,48,0,0,14,8,0,6,0,37,1,38,40,2,32,48,0,0,32,47,1,1,32,8,0,6,0,37,1,38,40,2,56,48,0,0,56,47,1,2,56,8,0,1,3,6,0,1,4,36,2,37,1,38,40,2,74,48,0,0,74,47,1,5,74,1,6,6,0,37,1,38,53],"spans":"14244,0,0,1,0,0,0,17,0,11,0,-11,0,-18,36,0,0,1,0,0,0,14,0,0,0,11,0,11,0,-11,0,-26,44,0,0,1,0,0,0,14,0,0,0,13,0,11,0,11,0,3,0,-14,0,-11,0,-28,63,0,0,1,0,0,0,14,0,0,0,13,0,11,0,-11,0,-28,-302;31,31,31,12,12,12,12,9,9,1,1,13,13,31,39,39,39,12,12,12,12,6,6,6,6,9,9,1,1,13,13,39,58,58,58,12,12,12,12,8,8,8,8,9,9,18,18,1,1,3,3,18,18,30,30,58,41,41,41,12,12,12,12,8,8,8,8,13,13,1,1,13,13,41,347","consts":[{"k":"number"},{"k":"turns"},{"k":"degrees"},{"b":"div"},360,{"k":"radians"},{"b":"cos"}],"captures":[0,1],"span":[14085,14432]},{"name":"tan","doc":"Returns the tangent of an angle, in turns unless a unit is given (:turns, :degrees or :radians): tan (0.125) is 1, tan (45, :degrees) is 1.","clauses":["(a as :number)","(a as :number, :turns)","(a as :number, :degrees)","(a as :number, :radians)"],"code":[40,1,14,48,0,0,14,8,0,6,0,37,1,38,40,2,32,48,0,0,32,47,1,1,32,8,0,6,0,37,1,38,40,2,56,48,0,0,56,47,1,2,56,8,0,1,3,6,0,1,4,36,2,37,1,38,40,2,74,48,0,0,74,47,1,5,74,1,6,6,0,37,1,38,53],"spans":"14595,0,0,1,0,0,0,17,0,11,0,-11,0,-18,36,0,0,1,0,0,0,14,0,0,0,11,0,11,0,-11,0,-26,44,0,0,1,0,0,0,14,0,0,0,13,0,11,0,11,0,3,0,-14,0,-11,0,-28,63,0,0,1,0,0,0,14,0,0,0,13,0,11,0,-11,0,-28,-302;31,31,31,12,12,12,12,9,9,1,1,13,13,31,39,39,39,12,12,12,12,6,6,6,6,9,9,1,1,13,13,39,58,58,58,12,12,12,12,8,8,8,8,9,9,18,18,1,1,3,3,18,18,30,30,58,41,41,41,12,12,12,12,8,8,8,8,13,13,1,1,13,13,41,347","consts":[{"k":"number"},{"k":"turns"},{"k":"degrees"},{"b":"div"},360,{"k":"radians"},{"b":"tan"}],"captures":[0,2],"span":[14436,14783]},{"name":"atan/2","doc":"Returns the angle of the point (x, y), measured counterclockwise from the positive x axis, between -0.5 and 0.5 turns. Like atan2 in other languages it takes y first: atan/2 (1, 0) is 0.25. It also takes an (x, y) vector: atan/2 ((0, 1)) is 0.25. A last unit keyword (:turns, :degrees or :radians) changes the unit of the result.","clauses":["(y as :number, x as :number)","(y as :number, x as :number, :turns)","(y as :number, x as :number, :degrees)","(y as :number, x as :number, :radians)","((x as :number, y as :number))","((x as :number, y as :number), units as :keyword)"],"code":[40,2,26,48,0,0,26,48,1,0,26,1,1,1,2,6,0,6,1,36,2,7,60,37,2,38,40,3,56,48,0,0,56,48,1,0,56,47,2,3,56,1,1,1,2,6,0,6,1,36,2,7,60,37,2,38,40,3,84,48,0,0,84,48,1,0,84,47,2,4,84,7,66,1,2,6,0,6,1,36,2,37,1,38,40,3,108,48,0,0,108,48,1,0,108,47,2,5,108,1,2,6,0,6,1,37,2,38,40,1,139,42,0,2,137,49,0,0,48,1,0,137,49,0,1,48,2,0,137,9,6,2,6,1,37,2,38,16,1,40,2,176,42,0,2,174,49,0,0,48,2,0,174,49,0,1,48,3,0,174,48,1,6,174,9,6,3,6,2,6,1,37,3,38,16,2,53],"spans":"15154,0,0,1,0,0,0,14,0,0,0,17,0,11,0,14,0,3,0,-17,0,21,0,-32,0,-32,71,0,0,1,0,0,0,14,0,0,0,14,0,0,0,11,0,11,0,14,0,3,0,-17,0,21,0,-32,0,-40,79,0,0,1,0,0,0,14,0,0,0,14,0,0,0,13,0,9,0,14,0,3,0,-17,0,-9,0,-42,74,0,0,1,0,0,0,14,0,0,0,14,0,0,0,13,0,14,0,3,0,-17,0,-42,64,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,18,8,0,3,0,-11,0,-34,0,0,50,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,15,0,0,0,22,8,0,3,0,3,0,-14,0,-53,0,0,-686;68,68,68,12,12,12,12,12,12,12,12,36,36,19,19,1,1,1,1,19,19,3,3,36,36,68,76,76,76,12,12,12,12,12,12,12,12,6,6,6,6,36,36,19,19,1,1,1,1,19,19,3,3,36,36,76,71,71,71,12,12,12,12,12,12,12,12,8,8,8,8,7,7,19,19,1,1,1,1,19,19,29,29,71,61,61,61,12,12,12,12,12,12,12,12,8,8,8,8,19,19,1,1,1,1,19,19,61,47,47,47,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,6,1,1,1,1,13,13,47,47,47,73,73,73,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,17,17,17,17,6,1,1,1,1,5,5,20,20,73,73,73,761","consts":[{"k":"number"},{"b":"div"},{"b":"atan/2"},{"k":"turns"},{"k":"degrees"},{"k":"radians"},{"k":"keyword"}],"captures":[],"span":[14806,15567]},{"name":"rotate","doc":"Rotates a 2-D vector (x, y) counterclockwise by an angle, in turns unless a unit is given (:turns, :degrees or :radians): rotate ((1, 0), 0.25) is (0, 1).","clauses":["((x as :number, y as :number), a as :number)","((x as :number, y as :number), a as :number, units as :keyword)"],"code":[40,2,41,42,0,2,39,49,0,0,48,2,0,39,49,0,1,48,3,0,39,48,1,0,39,9,6,2,6,3,18,2,6,1,1,1,37,3,38,16,2,40,3,133,42,0,2,131,49,0,0,48,3,0,131,49,0,1,48,4,0,131,48,1,0,131,48,2,2,131,7,68,6,1,6,2,36,2,7,67,6,1,6,2,36,2,1,3,1,4,6,3,6,5,36,2,1,4,6,4,6,6,36,2,36,2,1,5,1,4,6,3,6,6,36,2,1,4,6,4,6,5,36,2,36,2,18,2,15,5,38,16,3,53],"spans":"15742,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,15,0,0,0,17,9,0,3,0,-4,0,8,0,3,0,-19,0,-48,0,0,77,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,15,0,0,0,14,0,0,0,36,0,5,0,3,0,-8,0,27,0,5,0,3,0,-8,0,20,0,11,0,12,0,3,0,-15,0,19,0,12,0,3,0,-15,0,-30,0,50,0,11,0,12,0,3,0,-15,0,19,0,12,0,3,0,-15,0,-30,0,-51,0,-60,0,-67,0,0,-250;74,74,74,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,6,1,1,1,1,6,6,1,1,6,6,26,26,74,74,74,231,231,231,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,17,17,17,17,3,3,1,1,5,5,14,14,3,3,1,1,5,5,14,14,48,48,17,17,1,1,1,1,17,17,17,17,1,1,1,1,17,17,48,48,48,48,17,17,1,1,1,1,17,17,17,17,1,1,1,1,17,17,48,48,100,100,164,164,231,231,231,483","consts":[{"k":"number"},{"k":"turns"},{"k":"keyword"},{"b":"sub"},{"b":"mult"},{"b":"add"}],"captures":[],"span":[15569,16052]},{"name":"angle","doc":"Returns the angle from one 2-D vector to another, in turns, counterclockwise, between -0.5 and 0.5: angle ((1, 0), (0, 1)) is 0.25.","clauses":["((x1 as :number, y1 as :number), (x2 as :number, y2 as :number))"],"code":[40,2,84,42,0,2,82,49,0,0,48,2,0,82,49,0,1,48,3,0,82,42,1,2,82,49,1,0,48,4,0,82,49,1,1,48,5,0,82,1,1,7,70,6,5,6,4,36,2,7,70,6,3,6,2,36,2,36,2,1,1,1,2,1,3,6,6,1,4,36,2,1,5,36,2,1,4,37,2,15,6,38,16,2,53],"spans":"16203,0,0,1,0,0,0,1,0,0,0,0,0,0,15,0,0,0,0,0,0,16,0,0,0,1,0,0,0,0,0,0,15,0,0,0,0,0,0,33,0,11,0,8,0,4,0,-12,0,17,0,8,0,4,0,-12,0,-28,0,49,0,11,0,11,0,11,0,3,0,-14,0,20,0,-31,0,35,0,-46,0,-63,0,-68,0,0,-149;185,185,185,30,30,30,30,13,13,13,13,13,13,13,13,13,13,13,13,13,13,30,30,30,30,13,13,13,13,13,13,13,13,13,13,13,13,13,13,44,44,6,6,2,2,2,2,15,15,6,6,2,2,2,2,15,15,44,44,50,50,33,33,18,18,1,1,3,3,18,18,1,1,33,33,3,3,50,50,117,117,185,185,185,336","consts":[{"k":"number"},{"b":"sub"},{"b":"mod"},{"b":"add"},0.5,1],"captures":[],"span":[16054,16390]},{"name":"dist","doc":"Returns the distance of the point (x, y) from the origin; given two points, the distance between them: dist (3, 4) and dist ((3, 4)) are 5.","clauses":["(x as :number, y as :number)","((x as :number, y as :number))","((x1 as :number, y1 as :number), (x2 as :number, y2 as :number))"],"code":[40,2,36,48,0,0,36,48,1,0,36,1,1,1,2,1,3,6,0,6,0,36,2,1,3,6,1,6,1,36,2,36,2,37,1,38,40,1,67,42,0,2,65,49,0,0,48,1,0,65,49,0,1,48,2,0,65,9,6,1,6,2,37,2,38,16,1,40,2,128,42,0,2,126,49,0,0,48,2,0,126,49,0,1,48,3,0,126,42,1,2,126,49,1,0,48,4,0,126,49,1,1,48,5,0,126,9,1,4,6,4,6,2,36,2,1,4,6,5,6,3,36,2,37,2,38,16,2,53],"spans":"16548,0,0,1,0,0,0,14,0,0,0,17,0,12,0,11,0,12,0,3,0,-15,0,19,0,12,0,3,0,-15,0,-30,0,-12,0,-32,96,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,18,6,0,3,0,-9,0,-34,0,0,48,0,0,1,0,0,0,1,0,0,0,0,0,0,15,0,0,0,0,0,0,16,0,0,0,1,0,0,0,0,0,0,15,0,0,0,0,0,0,19,6,0,11,0,4,0,-15,0,20,0,11,0,4,0,-15,0,-26,0,-68,0,0,-300;93,93,93,12,12,12,12,12,12,12,12,61,61,48,48,17,17,1,1,1,1,17,17,17,17,1,1,1,1,17,17,48,48,61,61,93,45,45,45,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,4,1,1,1,1,11,11,45,45,45,113,113,113,30,30,30,30,13,13,13,13,13,13,13,13,13,13,13,13,13,13,30,30,30,30,13,13,13,13,13,13,13,13,13,13,13,13,13,13,4,18,18,2,2,2,2,18,18,18,18,2,2,2,2,18,18,45,45,113,113,113,415","consts":[{"k":"number"},{"b":"sqrt"},{"b":"add"},{"b":"mult"},{"b":"sub"}],"captures":[],"span":[16392,16807]},{"name":"heading/vector","doc":"Returns the unit vector (x, y) of a turtle heading, in turns: heading 0 points up, (0, 1), and headings grow clockwise, so 0.25 points right, (1, 0).","clauses":["(heading as :number)"],"code":[40,1,22,48,0,0,22,7,67,6,0,36,1,7,68,6,0,36,1,18,2,38,53],"spans":"16985,0,0,1,0,0,0,24,0,5,0,-5,0,15,0,5,0,-5,0,-16,0,-24,-176;54,54,54,18,18,18,18,3,3,7,7,13,13,3,3,7,7,13,13,30,30,54,232","consts":[{"k":"number"}],"captures":[],"span":[16809,17041]},{"name":"lt?","doc":"Returns true if its numbers are in strictly increasing order: lt? (1, 2) and lt? (1, 2, 3) are true.","clauses":["(x as :number, y as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,100,3,101,41,43,0,3,100,49,0,0,49,0,1,49,0,2,50,0,3,6,1,1,2,6,2,20,6,3,20,6,4,21,45,6,1,86,49,6,0,50,6,1,9,6,5,6,7,36,2,35,81,6,7,6,8,58,5,2,53,38,4,15,5,34,99,44,6,0,95,3,15,5,34,99,57,5,2,3,38,101,53],"spans":"17176,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,51,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,3,0,1,0,-1,4,0,-4,10,0,-3,25,0,0,0,1,0,0,3,0,0,16,5,0,3,0,-8,0,-3,0,26,0,3,0,-10,0,0,0,-19,40,-61,0,0,0,75,0,0,0,7,-11,0,0,0,-108,0,0,0,-22,0,-167;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,149,149,149,149,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,1,1,15,15,1,1,15,1,1,15,4,4,7,12,12,12,12,1,1,1,7,7,7,3,1,1,1,1,10,10,45,45,1,1,4,4,15,15,15,15,45,5,66,66,66,66,2,2,2,2,4,15,15,15,15,127,127,127,127,149,149,318","consts":[{"k":"number"},{"b":"lt?"},{"e":"list"},{"ss":["(a, [b, ...rest])","(_, [])"]}],"captures":[],"span":[17060,17378]},{"name":"lte?","doc":"Returns true if its numbers are in increasing order, equal neighbours allowed: lte? (1, 1, 2) is true.","clauses":["(x as :number, y as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,100,3,101,41,43,0,3,100,49,0,0,49,0,1,49,0,2,50,0,3,6,1,1,2,6,2,20,6,3,20,6,4,21,45,6,1,86,49,6,0,50,6,1,9,6,5,6,7,36,2,35,81,6,7,6,8,58,5,2,53,38,4,15,5,34,99,44,6,0,95,3,15,5,34,99,57,5,2,3,38,101,53],"spans":"17499,0,0,1,0,0,0,14,0,0,0,17,0,12,0,3,0,-15,0,-32,52,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,3,0,1,0,-1,4,0,-4,10,0,-3,25,0,0,0,1,0,0,3,0,0,16,6,0,3,0,-9,0,-3,0,27,0,3,0,-10,0,0,0,-20,41,-62,0,0,0,76,0,0,0,7,-11,0,0,0,-109,0,0,0,-22,0,-171;49,49,49,12,12,12,12,12,12,12,12,17,17,1,1,1,1,17,17,49,150,150,150,150,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,1,1,15,15,1,1,15,1,1,15,4,4,7,12,12,12,12,1,1,1,7,7,7,4,1,1,1,1,11,11,46,46,1,1,4,4,15,15,15,15,46,5,67,67,67,67,2,2,2,2,4,15,15,15,15,128,128,128,128,150,150,323","consts":[{"k":"number"},{"b":"lte?"},{"e":"list"},{"ss":["(a, [b, ...rest])","(_, [])"]}],"captures":[],"span":[17380,17703]},{"name":"gt?","doc":"Returns true if its numbers are in strictly decreasing order: gt? (2, 1) and gt? (3, 2, 1) are true.","clauses":["(x as :number, y as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,100,3,101,41,43,0,3,100,49,0,0,49,0,1,49,0,2,50,0,3,6,1,1,2,6,2,20,6,3,20,6,4,21,45,6,1,86,49,6,0,50,6,1,9,6,5,6,7,36,2,35,81,6,7,6,8,58,5,2,53,38,4,15,5,34,99,44,6,0,95,3,15,5,34,99,57,5,2,3,38,101,53],"spans":"17821,0,0,1,0,0,0,14,0,0,0,17,0,11,0,3,0,-14,0,-32,51,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,3,0,1,0,-1,4,0,-4,10,0,-3,25,0,0,0,1,0,0,3,0,0,16,5,0,3,0,-8,0,-3,0,26,0,3,0,-10,0,0,0,-19,40,-61,0,0,0,75,0,0,0,7,-11,0,0,0,-108,0,0,0,-22,0,-167;48,48,48,12,12,12,12,12,12,12,12,16,16,1,1,1,1,16,16,48,149,149,149,149,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,1,1,15,15,1,1,15,1,1,15,4,4,7,12,12,12,12,1,1,1,7,7,7,3,1,1,1,1,10,10,45,45,1,1,4,4,15,15,15,15,45,5,66,66,66,66,2,2,2,2,4,15,15,15,15,127,127,127,127,149,149,318","consts":[{"k":"number"},{"b":"gt?"},{"e":"list"},{"ss":["(a, [b, ...rest])","(_, [])"]}],"captures":[],"span":[17705,18023]},{"name":"gte?","doc":"Returns true if its numbers are in decreasing order, equal neighbours allowed: gte? (2, 2, 1) is true.","clauses":["(x as :number, y as :number)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,100,3,101,41,43,0,3,100,49,0,0,49,0,1,49,0,2,50,0,3,6,1,1,2,6,2,20,6,3,20,6,4,21,45,6,1,86,49,6,0,50,6,1,9,6,5,6,7,36,2,35,81,6,7,6,8,58,5,2,53,38,4,15,5,34,99,44,6,0,95,3,15,5,34,99,57,5,2,3,38,101,53],"spans":"18144,0,0,1,0,0,0,14,0,0,0,17,0,12,0,3,0,-15,0,-32,52,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,18,0,3,0,1,0,-1,4,0,-4,10,0,-3,25,0,0,0,1,0,0,3,0,0,16,6,0,3,0,-9,0,-3,0,27,0,3,0,-10,0,0,0,-20,41,-62,0,0,0,76,0,0,0,7,-11,0,0,0,-109,0,0,0,-22,0,-171;49,49,49,12,12,12,12,12,12,12,12,17,17,1,1,1,1,17,17,49,150,150,150,150,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,1,1,15,15,1,1,15,1,1,15,4,4,7,12,12,12,12,1,1,1,7,7,7,4,1,1,1,1,11,11,46,46,1,1,4,4,15,15,15,15,46,5,67,67,67,67,2,2,2,2,4,15,15,15,15,128,128,128,128,150,150,323","consts":[{"k":"number"},{"b":"gte?"},{"e":"list"},{"ss":["(a, [b, ...rest])","(_, [])"]}],"captures":[],"span":[18025,18348]},{"name":"list","doc":"Converts a value to a list: a list stays as it is; a tuple keeps its order; a set gives its members; a dict gives (key, value) tuples; a string gives its characters; any other value becomes a one-element list.","clauses":["(x)"],"code":[40,1,10,1,0,6,0,37,1,38,53],"spans":"18593,0,0,7,0,15,0,-15,0,-7,-226;24,24,24,17,17,1,1,17,17,24,252","consts":[{"b":"to_list"}],"captures":[],"span":[18367,18619]},{"name":"tuple","doc":"Converts a list or a set to a tuple (a tuple stays as it is).","clauses":["(xs as :list)","(xs as :tuple)","(s as :set)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,24,48,0,2,24,6,0,38,40,1,42,48,0,3,42,1,1,1,4,6,0,36,1,37,1,38,53],"spans":"18700,0,0,1,0,0,0,16,0,16,0,-16,0,-17,39,0,0,1,0,0,0,17,0,-18,23,0,0,1,0,0,0,14,0,16,0,15,0,-15,0,-16,0,-15,-141;36,36,36,11,11,11,11,19,19,2,2,19,19,36,20,20,20,12,12,12,12,2,2,20,49,49,49,9,9,9,9,34,34,17,17,1,1,17,17,34,34,49,192","consts":[{"k":"list"},{"b":"to_tuple"},{"k":"tuple"},{"k":"set"},{"b":"to_list"}],"captures":[],"span":[18621,18813]},{"name":"set","doc":"Converts a list or a tuple to a set of its elements, dropping repeats (a set stays as it is).","clauses":["(xs as :list)","(xs as :tuple)","(s as :set)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,28,48,0,2,28,1,1,6,0,37,1,38,40,1,38,48,0,3,38,6,0,38,53],"spans":"18924,0,0,1,0,0,0,16,0,14,0,-14,0,-17,37,0,0,1,0,0,0,17,0,14,0,-14,0,-18,38,0,0,1,0,0,0,14,0,-15,-184;34,34,34,11,11,11,11,17,17,2,2,17,17,34,35,35,35,12,12,12,12,17,17,2,2,17,17,35,16,16,16,9,9,9,9,1,1,16,202","consts":[{"k":"list"},{"b":"to_set"},{"k":"tuple"},{"k":"set"}],"captures":[],"span":[18815,19017]},{"name":"count","doc":"Returns the number of elements of a list, tuple, set or dict, or the number of characters of a string.","clauses":["(xs as :list)","(s as :string)","(xs as :tuple)","(d as :dict)","(s as :set)","(p as :pkg)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,28,48,0,2,28,1,1,6,0,37,1,38,40,1,42,48,0,3,42,1,1,6,0,37,1,38,40,1,56,48,0,4,56,1,1,6,0,37,1,38,40,1,70,48,0,5,70,1,1,6,0,37,1,38,40,1,84,48,0,6,84,1,1,6,0,37,1,38,53],"spans":"19139,0,0,1,0,0,0,16,0,13,0,-13,0,-17,36,0,0,1,0,0,0,17,0,13,0,-13,0,-18,36,0,0,1,0,0,0,17,0,13,0,-13,0,-18,37,0,0,1,0,0,0,15,0,13,0,-13,0,-16,34,0,0,1,0,0,0,14,0,13,0,-13,0,-15,33,0,0,1,0,0,0,14,0,13,0,-13,0,-15,-296;33,33,33,11,11,11,11,16,16,2,2,16,16,33,33,33,33,12,12,12,12,15,15,1,1,15,15,33,34,34,34,12,12,12,12,16,16,2,2,16,16,34,31,31,31,10,10,10,10,15,15,1,1,15,15,31,30,30,30,9,9,9,9,15,15,1,1,15,15,30,30,30,30,9,9,9,9,15,15,1,1,15,15,30,328","consts":[{"k":"list"},{"b":"count"},{"k":"string"},{"k":"tuple"},{"k":"dict"},{"k":"set"},{"k":"pkg"}],"captures":[],"span":[19019,19347]},{"name":"empty?","doc":"Returns true if a list, tuple, set, dict or string has no elements: [], (), ${}, #{} and \\"\\" are empty.","clauses":["(xs as :list)","(s as :string)","(xs as :tuple)","(d as :dict)","(s as :set)"],"code":[40,1,20,48,0,0,20,1,1,1,2,6,0,36,1,1,3,37,2,38,40,1,36,48,0,4,36,1,1,6,0,1,5,37,2,38,40,1,56,48,0,6,56,1,1,1,2,6,0,36,1,1,3,37,2,38,40,1,76,48,0,7,76,1,1,1,2,6,0,36,1,1,3,37,2,38,40,1,96,48,0,8,96,1,1,1,2,6,0,36,1,1,3,37,2,38,53],"spans":"19474,0,0,1,0,0,0,16,0,11,0,13,0,-13,0,18,0,-29,0,-17,51,0,0,1,0,0,0,17,0,11,0,3,0,-14,0,-18,38,0,0,1,0,0,0,17,0,11,0,13,0,-13,0,18,0,-29,0,-18,52,0,0,1,0,0,0,15,0,11,0,13,0,-13,0,17,0,-28,0,-16,49,0,0,1,0,0,0,14,0,11,0,13,0,-13,0,17,0,-28,0,-15,-315;48,48,48,11,11,11,11,31,31,16,16,2,2,16,16,1,1,31,31,48,35,35,35,12,12,12,12,17,17,1,1,2,2,17,17,35,49,49,49,12,12,12,12,31,31,16,16,2,2,16,16,1,1,31,31,49,46,46,46,10,10,10,10,30,30,15,15,1,1,15,15,1,1,30,30,46,45,45,45,9,9,9,9,30,30,15,15,1,1,15,15,1,1,30,30,45,362","consts":[{"k":"list"},{"b":"eq?"},{"b":"count"},0,{"k":"string"},"",{"k":"tuple"},{"k":"dict"},{"k":"set"}],"captures":[],"span":[19349,19711]},{"name":"at","doc":"Returns the element at an index of a list or tuple, or the character at an index of a string. The first is at index 0. Returns nil if there is nothing at that index.","clauses":["(xs as :list, i as :number)","(xs as :tuple, i as :number)","(s as :string, i as :number)"],"code":[40,2,20,48,0,0,20,48,1,1,20,1,2,6,0,6,1,37,2,38,40,2,40,48,0,3,40,48,1,1,40,1,2,6,0,6,1,37,2,38,40,2,60,48,0,4,60,48,1,1,60,1,2,6,0,6,1,37,2,38,53],"spans":"19893,0,0,1,0,0,0,13,0,0,0,17,0,10,0,4,0,-14,0,-31,50,0,0,1,0,0,0,14,0,0,0,17,0,10,0,4,0,-14,0,-32,51,0,0,1,0,0,0,14,0,0,0,17,0,10,0,3,0,-13,0,-32,-281;47,47,47,11,11,11,11,12,12,12,12,16,16,2,2,1,1,16,16,47,48,48,48,12,12,12,12,12,12,12,12,16,16,2,2,1,1,16,16,48,47,47,47,12,12,12,12,12,12,12,12,15,15,1,1,1,1,15,15,47,330","consts":[{"k":"list"},{"k":"number"},{"b":"at"},{"k":"tuple"},{"k":"string"}],"captures":[],"span":[19713,20043]},{"name":"first","doc":"Returns the first element of a list or tuple, or the first character of a string; nil if it is empty.","clauses":["(xs as :list)","(xs as :tuple)","(s as :string)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,40,1,32,48,0,3,32,1,1,6,0,1,2,37,2,38,40,1,48,48,0,4,48,1,1,6,0,1,2,37,2,38,53],"spans":"20164,0,0,1,0,0,0,16,0,10,0,4,0,-14,0,-17,36,0,0,1,0,0,0,17,0,10,0,4,0,-14,0,-18,37,0,0,1,0,0,0,17,0,10,0,3,0,-13,0,-18,-192;33,33,33,11,11,11,11,16,16,2,2,1,1,16,16,33,34,34,34,12,12,12,12,16,16,2,2,1,1,16,16,34,33,33,33,12,12,12,12,15,15,1,1,1,1,15,15,33,227","consts":[{"k":"list"},{"b":"at"},0,{"k":"tuple"},{"k":"string"}],"captures":[],"span":[20045,20272]},{"name":"second","doc":"Returns the second element of a list or tuple, or the second character of a string; nil if there is none.","clauses":["(xs as :list)","(xs as :tuple)","(s as :string)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,40,1,32,48,0,3,32,1,1,6,0,1,2,37,2,38,40,1,48,48,0,4,48,1,1,6,0,1,2,37,2,38,53],"spans":"20398,0,0,1,0,0,0,16,0,10,0,4,0,-14,0,-17,36,0,0,1,0,0,0,17,0,10,0,4,0,-14,0,-18,37,0,0,1,0,0,0,17,0,10,0,3,0,-13,0,-18,-197;33,33,33,11,11,11,11,16,16,2,2,1,1,16,16,33,34,34,34,12,12,12,12,16,16,2,2,1,1,16,16,34,33,33,33,12,12,12,12,15,15,1,1,1,1,15,15,33,232","consts":[{"k":"list"},{"b":"at"},1,{"k":"tuple"},{"k":"string"}],"captures":[],"span":[20274,20506]},{"name":"last","doc":"Returns the last element of a list or tuple, or the last character of a string; nil if it is empty.","clauses":["(xs as :list)","(xs as :tuple)","(s as :string)"],"code":[40,1,26,48,0,0,26,1,1,6,0,1,2,1,3,6,0,36,1,1,4,36,2,37,2,38,40,1,52,48,0,5,52,1,1,6,0,1,2,1,3,6,0,36,1,1,4,36,2,37,2,38,40,1,78,48,0,6,78,1,1,6,0,1,2,1,3,6,0,36,1,1,4,36,2,37,2,38,53],"spans":"20624,0,0,1,0,0,0,16,0,10,0,4,0,11,0,13,0,-13,0,18,0,-29,0,-14,0,-17,66,0,0,1,0,0,0,17,0,10,0,4,0,11,0,13,0,-13,0,18,0,-29,0,-14,0,-18,67,0,0,1,0,0,0,17,0,10,0,3,0,11,0,13,0,-13,0,17,0,-28,0,-13,0,-18,-249;63,63,63,11,11,11,11,46,46,2,2,31,31,16,16,2,2,16,16,1,1,31,31,46,46,63,64,64,64,12,12,12,12,46,46,2,2,31,31,16,16,2,2,16,16,1,1,31,31,46,46,64,62,62,62,12,12,12,12,44,44,1,1,30,30,15,15,1,1,15,15,1,1,30,30,44,44,62,313","consts":[{"k":"list"},{"b":"at"},{"b":"sub"},{"b":"count"},1,{"k":"tuple"},{"k":"string"}],"captures":[],"span":[20508,20821]},{"name":"rest","doc":"Returns all but the first element of a list or tuple, as a list (all but the first character of a string, as a string). The rest of an empty list is an empty list.","clauses":["(xs as :list)","(xs as :tuple)","(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,28,48,0,2,28,1,1,6,0,37,1,38,40,1,50,48,0,3,50,1,4,6,0,1,5,1,6,6,0,36,1,37,3,38,53],"spans":"21003,0,0,1,0,0,0,16,0,12,0,-12,0,-17,35,0,0,1,0,0,0,17,0,12,0,-12,0,-18,36,0,0,1,0,0,0,17,0,13,0,3,0,3,0,13,0,-13,0,-19,0,-18,-251;32,32,32,11,11,11,11,15,15,2,2,15,15,32,33,33,33,12,12,12,12,15,15,2,2,15,15,33,53,53,53,12,12,12,12,35,35,1,1,1,1,15,15,1,1,15,15,35,35,53,306","consts":[{"k":"list"},{"b":"rest"},{"k":"tuple"},{"k":"string"},{"b":"slice"},1,{"b":"count"}],"captures":[],"span":[20823,21129]},{"name":"butlast","doc":"Returns all but the last element of a list or tuple, as a list (all but the last character of a string, as a string).","clauses":["(xs as :list)","(xs as :tuple)","(s as :string)"],"code":[40,1,28,48,0,0,28,1,1,6,0,1,2,1,3,1,4,6,0,36,1,1,5,36,2,37,3,38,40,1,56,48,0,6,56,1,1,6,0,1,2,1,3,1,4,6,0,36,1,1,5,36,2,37,3,38,40,1,84,48,0,7,84,7,87,6,0,1,2,1,3,1,4,6,0,36,1,1,5,36,2,37,3,38,53],"spans":"21268,0,0,1,0,0,0,16,0,13,0,4,0,3,0,11,0,13,0,-13,0,18,0,-29,0,-20,0,-17,72,0,0,1,0,0,0,17,0,13,0,4,0,3,0,11,0,13,0,-13,0,18,0,-29,0,-20,0,-18,73,0,0,1,0,0,0,17,0,7,0,3,0,3,0,11,0,13,0,-13,0,17,0,-28,0,-13,0,-18,-282;69,69,69,11,11,11,11,52,52,2,2,1,1,31,31,16,16,2,2,16,16,1,1,31,31,52,52,69,70,70,70,12,12,12,12,52,52,2,2,1,1,31,31,16,16,2,2,16,16,1,1,31,31,52,52,70,62,62,62,12,12,12,12,5,5,1,1,1,1,30,30,15,15,1,1,15,15,1,1,30,30,44,44,62,346","consts":[{"k":"list"},{"b":"slice"},0,{"b":"sub"},{"b":"count"},1,{"k":"tuple"},{"k":"string"}],"captures":[],"span":[21131,21477]},{"name":"within","doc":null,"clauses":["(xs, start, end)"],"code":[40,3,58,1,0,6,0,36,1,7,50,7,51,1,1,6,1,36,1,1,2,36,2,6,3,36,2,7,50,7,51,1,1,6,2,36,1,6,4,36,2,6,3,36,2,1,3,6,0,6,4,6,5,37,3,15,3,38,53],"spans":"21605,0,0,34,0,13,0,-13,0,29,0,5,0,5,0,13,0,-13,0,21,0,-26,0,30,0,-35,0,50,0,5,0,5,0,13,0,-13,0,19,0,-24,0,28,0,-33,0,40,0,13,0,4,0,3,0,-20,0,-133,0,-20,-10;179,179,179,16,16,2,2,16,16,3,3,3,3,19,19,5,5,19,19,1,1,28,28,1,1,37,37,3,3,3,3,17,17,3,3,17,17,1,1,26,26,1,1,35,35,22,22,2,2,1,1,1,1,22,22,159,159,179,189","consts":[{"b":"count"},{"b":"floor"},0,{"b":"slice"}],"captures":[],"span":[21595,21784]},{"name":"slice","doc":"Returns the part of a list or tuple from index `start` up to, but not including, index `end` (or to the end), as a list; for a string, that part of the string. Indices outside the collection are moved to its ends: slice ([1, 2, 3, 4], 1, 3) is [2, 3], slice (\\"hello\\", 1) is \\"ello\\".","clauses":["(xs as :list, start as :number)","(xs as :list, start as :number, end as :number)","(xs as :tuple, start as :number)","(xs as :tuple, start as :number, end as :number)","(s as :string, start as :number)","(s as :string, start as :number, end as :number)"],"code":[40,2,25,48,0,0,25,48,1,1,25,9,6,0,6,1,1,2,6,0,36,1,37,3,38,40,3,51,48,0,0,51,48,1,1,51,48,2,1,51,8,0,6,0,6,1,6,2,37,3,38,40,2,76,48,0,3,76,48,1,1,76,9,6,0,6,1,1,2,6,0,36,1,37,3,38,40,3,102,48,0,3,102,48,1,1,102,48,2,1,102,8,0,6,0,6,1,6,2,37,3,38,40,2,127,48,0,4,127,48,1,1,127,9,6,0,6,1,1,2,6,0,36,1,37,3,38,40,3,153,48,0,4,153,48,1,1,153,48,2,1,153,8,0,6,0,6,1,6,2,37,3,38,53],"spans":"22095,0,0,1,0,0,0,13,0,0,0,21,7,0,4,0,7,0,13,0,-13,0,-18,0,-35,75,0,0,1,0,0,0,13,0,0,0,18,0,0,0,19,0,8,0,4,0,7,0,-19,0,-51,79,0,0,1,0,0,0,14,0,0,0,21,7,0,4,0,7,0,13,0,-13,0,-18,0,-36,76,0,0,1,0,0,0,14,0,0,0,18,0,0,0,19,0,8,0,4,0,7,0,-19,0,-52,80,0,0,1,0,0,0,14,0,0,0,21,7,0,3,0,7,0,13,0,-13,0,-17,0,-36,74,0,0,1,0,0,0,14,0,0,0,18,0,0,0,19,0,8,0,3,0,7,0,-18,0,-52,-691;70,70,70,11,11,11,11,16,16,16,16,5,2,2,5,5,16,16,2,2,16,16,35,35,70,74,74,74,11,11,11,11,16,16,16,16,14,14,14,14,6,6,2,2,5,5,3,3,23,23,74,71,71,71,12,12,12,12,16,16,16,16,5,2,2,5,5,16,16,2,2,16,16,35,35,71,75,75,75,12,12,12,12,16,16,16,16,14,14,14,14,6,6,2,2,5,5,3,3,23,23,75,69,69,69,12,12,12,12,16,16,16,16,5,1,1,5,5,15,15,1,1,15,15,33,33,69,74,74,74,12,12,12,12,16,16,16,16,14,14,14,14,6,6,1,1,5,5,3,3,22,22,74,769","consts":[{"k":"list"},{"k":"number"},{"b":"count"},{"k":"tuple"},{"k":"string"}],"captures":[0,0],"span":[21788,22557]},{"name":"append","doc":"Adds an element at the end of a list, or to a set: append ([1, 2], 3) is [1, 2, 3].","clauses":["(xs as :list, x)","(s as :set, x)"],"code":[40,2,16,48,0,0,16,1,1,6,0,6,1,37,2,38,40,2,32,48,0,2,32,1,3,6,0,6,1,37,2,38,53],"spans":"22663,0,0,1,0,0,0,19,0,14,0,4,0,-18,0,-20,43,0,0,1,0,0,0,17,0,15,0,3,0,-18,0,-18,-145;40,40,40,11,11,11,11,20,20,2,2,1,1,20,20,40,38,38,38,9,9,9,9,20,20,1,1,1,1,20,20,38,185","consts":[{"k":"list"},{"b":"append"},{"k":"set"},{"b":"set_add"}],"captures":[],"span":[22561,22746]},{"name":"concat","doc":"Joins two or more lists, strings or sets (all of the same kind): concat ([1], [2, 3]) is [1, 2, 3], concat (\\"a\\", \\"b\\") is \\"ab\\".","clauses":["(xs as :list, ys as :list)","(a as :string, b as :string)","(s as :set, t as :set)","(x, y, z, ...more)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,40,2,40,48,0,2,40,48,1,2,40,1,1,6,0,6,1,37,2,38,40,2,60,48,0,3,60,48,1,3,60,1,1,6,0,6,1,37,2,38,100,3,102,41,43,0,3,101,49,0,0,49,0,1,49,0,2,50,0,3,7,29,9,1,4,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"22899,0,0,1,0,0,0,13,0,0,0,16,0,14,0,4,0,-18,0,-30,54,0,0,1,0,0,0,14,0,0,0,17,0,14,0,3,0,-17,0,-32,54,0,0,1,0,0,0,11,0,0,0,14,0,14,0,3,0,-17,0,-26,48,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,8,0,1,0,-1,7,0,-3,10,8,0,3,0,-11,0,-28,0,-22,0,-307;51,51,51,11,11,11,11,11,11,11,11,21,21,2,2,2,2,21,21,51,51,51,51,12,12,12,12,12,12,12,12,19,19,1,1,1,1,19,19,51,45,45,45,9,9,9,9,9,9,9,9,19,19,1,1,1,1,19,19,45,64,64,64,64,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,6,12,12,1,1,12,4,4,7,6,1,1,1,1,13,13,42,42,64,64,373","consts":[{"k":"list"},{"b":"concat"},{"k":"string"},{"k":"set"},{"e":"list"}],"captures":[],"span":[22748,23121]},{"name":"fold","doc":"Combines the elements of a list (or tuple or set), from first to last, with a function of two arguments: the result so far and the next element. fold (add, [1, 2, 3], 0) is 6. Without a starting value, starts from f () (so fold (add, xs) works).","clauses":["(f as :fn, xs as :list, acc)","(f as :fn, xs as :list)","(f as :fn, xs as :tuple, acc)","(f as :fn, xs as :tuple)","(f as :fn, s as :set, acc)","(f as :fn, s as :set)"],"code":[40,3,54,48,0,0,54,48,1,1,54,6,1,6,2,45,3,1,43,49,3,0,50,3,1,6,6,6,0,6,4,6,5,102,2,58,3,2,15,15,3,34,53,6,4,15,3,34,53,57,3,2,2,38,40,2,77,48,0,0,77,48,1,1,77,9,6,0,6,1,6,0,102,0,37,3,38,40,3,102,48,0,0,102,48,1,3,102,9,6,0,1,4,6,1,36,1,6,2,37,3,38,40,2,129,48,0,0,129,48,1,3,129,9,6,0,1,4,6,1,36,1,6,0,102,0,37,3,38,40,3,154,48,0,0,154,48,1,5,154,9,6,0,1,4,6,1,36,1,6,2,37,3,38,40,2,181,48,0,0,181,48,1,5,181,9,6,0,1,4,6,1,36,1,6,0,102,0,37,3,38,53],"spans":"23385,0,0,1,0,0,0,10,0,0,0,27,0,4,0,17,0,0,0,1,0,0,3,0,0,25,0,6,0,3,0,5,0,-8,0,-13,0,0,0,-23,0,0,0,64,0,-12,0,0,0,-78,0,0,0,-32,132,0,0,1,0,0,0,10,0,0,0,16,6,0,3,0,4,0,0,0,-13,0,-27,48,0,0,1,0,0,0,10,0,0,0,22,6,0,3,0,15,0,-15,0,20,0,-29,0,-33,69,0,0,1,0,0,0,10,0,0,0,17,6,0,3,0,15,0,-15,0,20,0,0,0,-29,0,-28,65,0,0,1,0,0,0,10,0,0,0,19,6,0,3,0,15,0,-15,0,19,0,-28,0,-30,65,0,0,1,0,0,0,10,0,0,0,14,6,0,3,0,15,0,-15,0,19,0,0,0,-28,0,-25,-641;129,129,129,8,8,8,8,11,11,11,11,2,2,3,3,12,12,12,12,1,1,1,7,7,7,4,4,1,1,3,3,1,1,10,10,24,24,24,24,47,47,47,47,3,3,15,15,15,15,97,97,97,97,129,45,45,45,8,8,8,8,11,11,11,11,4,1,1,2,2,1,1,4,4,18,18,45,66,66,66,8,8,8,8,12,12,12,12,4,1,1,18,18,2,2,18,18,3,3,33,33,66,62,62,62,8,8,8,8,12,12,12,12,4,1,1,18,18,2,2,18,18,1,1,4,4,34,34,62,62,62,62,8,8,8,8,9,9,9,9,4,1,1,17,17,1,1,17,17,3,3,32,32,62,58,58,58,8,8,8,8,9,9,9,9,4,1,1,17,17,1,1,17,17,1,1,4,4,33,33,58,701","consts":[{"k":"fn"},{"k":"list"},{"ss":["([x, ...rest], acc)","(_, acc)"]},{"k":"tuple"},{"b":"to_list"},{"k":"set"}],"captures":[],"span":[23123,23824]},{"name":"foldr","doc":"Combines the elements of a list (or tuple or set), from last to first, with a function of two arguments: the next element and the result so far. foldr (f, [1, 2, 3], z) is f (1, f (2, f (3, z))). Without a starting value, starts from f ().","clauses":["(f as :fn, xs as :list, acc)","(f as :fn, xs as :list)","(f as :fn, xs as :tuple, acc)","(f as :fn, xs as :tuple)","(f as :fn, s as :set, acc)","(f as :fn, s as :set)"],"code":[40,3,58,48,0,0,58,48,1,1,58,1,2,6,1,36,1,6,2,45,3,1,47,49,3,0,50,3,1,6,6,6,0,6,5,6,4,102,2,58,3,2,19,15,3,34,57,6,4,15,3,34,57,57,3,2,3,38,40,2,81,48,0,0,81,48,1,1,81,9,6,0,6,1,6,0,102,0,37,3,38,40,3,106,48,0,0,106,48,1,4,106,9,6,0,1,5,6,1,36,1,6,2,37,3,38,40,2,133,48,0,0,133,48,1,4,133,9,6,0,1,5,6,1,36,1,6,0,102,0,37,3,38,40,3,158,48,0,0,158,48,1,6,158,9,6,0,1,5,6,1,36,1,6,2,37,3,38,40,2,185,48,0,0,185,48,1,6,185,9,6,0,1,5,6,1,36,1,6,0,102,0,37,3,38,53],"spans":"24083,0,0,1,0,0,0,10,0,0,0,27,0,15,0,-15,0,20,0,17,0,0,0,1,0,0,3,0,0,25,0,6,0,3,0,3,0,-6,0,-13,0,0,0,-23,0,0,0,64,0,-12,0,0,0,-94,0,0,0,-32,148,0,0,1,0,0,0,10,0,0,0,16,7,0,3,0,4,0,0,0,-14,0,-27,49,0,0,1,0,0,0,10,0,0,0,22,7,0,3,0,15,0,-15,0,20,0,-30,0,-33,70,0,0,1,0,0,0,10,0,0,0,17,7,0,3,0,15,0,-15,0,20,0,0,0,-30,0,-28,66,0,0,1,0,0,0,10,0,0,0,19,7,0,3,0,15,0,-15,0,19,0,-29,0,-30,66,0,0,1,0,0,0,10,0,0,0,14,7,0,3,0,15,0,-15,0,19,0,0,0,-29,0,-25,-656;145,145,145,8,8,8,8,11,11,11,11,18,18,2,2,18,18,3,3,12,12,12,12,1,1,1,7,7,7,4,4,1,1,1,1,3,3,10,10,24,24,24,24,47,47,47,47,3,3,15,15,15,15,113,113,113,113,145,46,46,46,8,8,8,8,11,11,11,11,5,1,1,2,2,1,1,4,4,19,19,46,67,67,67,8,8,8,8,12,12,12,12,5,1,1,18,18,2,2,18,18,3,3,34,34,67,63,63,63,8,8,8,8,12,12,12,12,5,1,1,18,18,2,2,18,18,1,1,4,4,35,35,63,63,63,63,8,8,8,8,9,9,9,9,5,1,1,17,17,1,1,17,17,3,3,33,33,63,59,59,59,8,8,8,8,9,9,9,9,5,1,1,17,17,1,1,17,17,1,1,4,4,34,34,59,717","consts":[{"k":"fn"},{"k":"list"},{"b":"reverse"},{"ss":["([x, ...rest], acc)","(_, acc)"]},{"k":"tuple"},{"b":"to_list"},{"k":"set"}],"captures":[],"span":[23826,24543]},{"name":"map","doc":"Applies a function (or a keyword) to each element of a list or tuple and returns the list of results: map (inc, [1, 2, 3]) is [2, 3, 4]. On a set, returns a set. With only a function, returns a function that maps it over what it is given.","clauses":["(f as :fn, xs as :list)","(kw as :keyword, xs as :list)","(f as :fn, xs as :tuple)","(kw as :keyword, xs as :tuple)","(f as :fn, s as :set)","(kw as :keyword, s as :set)","(f as :fn)","(kw as :keyword)"],"code":[40,2,58,48,0,0,58,48,1,1,58,6,1,1,2,45,2,1,47,49,2,0,50,2,1,6,5,1,3,6,3,6,0,6,4,102,1,36,2,58,2,2,15,15,2,34,57,6,3,15,2,34,57,57,2,2,4,38,40,2,116,48,0,5,116,48,1,1,116,6,1,1,2,45,2,1,105,49,2,0,50,2,1,6,5,1,3,6,3,6,0,6,4,102,1,36,2,58,2,2,73,15,2,34,115,6,3,15,2,34,115,57,2,2,6,38,40,2,139,48,0,0,139,48,1,7,139,9,6,0,1,8,6,1,36,1,37,2,38,40,2,162,48,0,5,162,48,1,7,162,9,6,0,1,8,6,1,36,1,37,2,38,40,2,189,48,0,0,189,48,1,9,189,1,10,9,6,0,1,8,6,1,36,1,36,2,37,1,38,40,2,216,48,0,5,216,48,1,9,216,1,10,9,6,0,1,8,6,1,36,1,36,2,37,1,38,40,1,230,48,0,0,230,9,6,0,30,2,1,38,40,1,244,48,0,5,244,9,6,0,30,2,1,38,53],"spans":"24799,0,0,1,0,0,0,10,0,0,0,22,0,4,0,16,0,0,0,1,0,0,3,0,0,25,0,6,0,14,0,5,0,3,0,-3,0,-19,0,-13,0,0,0,-23,0,0,0,79,0,-12,0,0,0,-92,0,0,0,-27,141,0,0,1,0,0,0,16,0,0,0,22,0,4,0,16,0,0,0,1,0,0,3,0,0,25,0,6,0,14,0,5,0,4,0,-4,0,-19,0,-13,0,0,0,-23,0,0,0,80,0,-12,0,0,0,-93,0,0,0,-33,148,0,0,1,0,0,0,10,0,0,0,17,5,0,3,0,15,0,-15,0,-8,0,-28,58,0,0,1,0,0,0,16,0,0,0,17,5,0,4,0,15,0,-15,0,-9,0,-34,65,0,0,1,0,0,0,10,0,0,0,14,0,14,5,0,3,0,15,0,-15,0,-8,0,-14,0,-25,69,0,0,1,0,0,0,16,0,0,0,14,0,14,5,0,4,0,15,0,-15,0,-9,0,-14,0,-31,76,0,0,1,0,0,0,13,5,0,-5,0,0,-14,27,0,0,1,0,0,0,19,5,0,-5,0,0,-20,-838;138,138,138,8,8,8,8,11,11,11,11,2,2,2,2,12,12,12,12,1,1,1,7,7,7,4,4,25,25,3,3,1,1,1,1,5,5,25,25,39,39,39,39,62,62,62,62,3,3,15,15,15,15,111,111,111,111,138,145,145,145,14,14,14,14,11,11,11,11,2,2,2,2,12,12,12,12,1,1,1,7,7,7,4,4,26,26,3,3,2,2,1,1,6,6,26,26,40,40,40,40,63,63,63,63,3,3,15,15,15,15,112,112,112,112,145,55,55,55,8,8,8,8,12,12,12,12,3,1,1,18,18,2,2,18,18,27,27,55,62,62,62,14,14,14,14,12,12,12,12,3,2,2,18,18,2,2,18,18,28,28,62,66,66,66,8,8,8,8,9,9,9,9,41,41,3,1,1,17,17,1,1,17,17,26,26,41,41,66,73,73,73,14,14,14,14,9,9,9,9,42,42,3,2,2,17,17,1,1,17,17,27,27,42,42,73,24,24,24,8,8,8,8,3,1,1,10,10,10,24,31,31,31,14,14,14,14,3,2,2,11,11,11,31,871","consts":[{"k":"fn"},{"k":"list"},{"e":"list"},{"b":"append"},{"ss":["([x, ...rest], out)","(_, out)"]},{"k":"keyword"},{"ss":["([x, ...rest], out)","(_, out)"]},{"k":"tuple"},{"b":"to_list"},{"k":"set"},{"b":"to_set"}],"captures":[],"span":[24545,25416]},{"name":"filter","doc":"Keeps the elements of a list or tuple for which a predicate (a function, or a keyword) is truthy, and returns them as a list: filter (even?, [1, 2, 3, 4]) is [2, 4]. On a set, returns a set. With only a predicate, returns a function that filters what it is given.","clauses":["(p as :fn, xs as :list)","(kw as :keyword, xs as :list)","(p as :fn, xs as :tuple)","(kw as :keyword, xs as :tuple)","(p as :fn, s as :set)","(kw as :keyword, s as :set)","(p as :fn)","(kw as :keyword)"],"code":[40,2,71,48,0,0,71,48,1,1,71,6,1,1,2,45,2,1,60,49,2,0,50,2,1,6,0,6,4,102,1,35,48,6,5,1,3,6,3,6,4,36,2,58,2,2,15,38,6,5,6,3,58,2,2,15,15,2,34,70,6,3,15,2,34,70,57,2,2,4,38,40,2,142,48,0,5,142,48,1,1,142,6,1,1,2,45,2,1,131,49,2,0,50,2,1,6,0,6,4,102,1,35,119,6,5,1,3,6,3,6,4,36,2,58,2,2,86,38,6,5,6,3,58,2,2,86,15,2,34,141,6,3,15,2,34,141,57,2,2,6,38,40,2,165,48,0,0,165,48,1,7,165,9,6,0,1,8,6,1,36,1,37,2,38,40,2,188,48,0,5,188,48,1,7,188,9,6,0,1,8,6,1,36,1,37,2,38,40,2,215,48,0,0,215,48,1,9,215,1,10,9,6,0,1,8,6,1,36,1,36,2,37,1,38,40,2,242,48,0,5,242,48,1,9,242,1,10,9,6,0,1,8,6,1,36,1,36,2,37,1,38,40,1,256,48,0,0,256,9,6,0,30,2,1,38,40,1,270,48,0,5,270,9,6,0,30,2,1,38,53],"spans":"25700,0,0,1,0,0,0,10,0,0,0,22,0,4,0,16,0,0,0,1,0,0,3,0,0,21,0,3,0,-3,0,-3,0,27,0,6,0,14,0,5,0,-19,0,-13,0,0,0,-20,74,0,6,0,-13,0,0,0,-90,0,0,0,124,0,-12,0,0,0,-137,0,0,0,-27,186,0,0,1,0,0,0,16,0,0,0,22,0,4,0,16,0,0,0,1,0,0,3,0,0,21,0,4,0,-4,0,-3,0,28,0,6,0,14,0,5,0,-19,0,-13,0,0,0,-21,75,0,6,0,-13,0,0,0,-91,0,0,0,125,0,-12,0,0,0,-138,0,0,0,-33,193,0,0,1,0,0,0,10,0,0,0,17,8,0,3,0,15,0,-15,0,-11,0,-28,61,0,0,1,0,0,0,16,0,0,0,17,8,0,4,0,15,0,-15,0,-12,0,-34,68,0,0,1,0,0,0,10,0,0,0,14,0,14,8,0,3,0,15,0,-15,0,-11,0,-14,0,-25,72,0,0,1,0,0,0,16,0,0,0,14,0,14,8,0,4,0,15,0,-15,0,-12,0,-14,0,-31,79,0,0,1,0,0,0,13,8,0,-8,0,0,-14,30,0,0,1,0,0,0,19,8,0,-8,0,0,-20,-971;183,183,183,8,8,8,8,11,11,11,11,2,2,2,2,12,12,12,12,1,1,1,7,7,7,1,1,1,1,5,5,84,84,4,4,21,21,3,3,1,1,21,21,35,35,35,35,84,4,4,3,3,17,17,17,17,107,107,107,107,3,3,15,15,15,15,156,156,156,156,183,190,190,190,14,14,14,14,11,11,11,11,2,2,2,2,12,12,12,12,1,1,1,7,7,7,2,2,1,1,6,6,85,85,4,4,21,21,3,3,1,1,21,21,35,35,35,35,85,4,4,3,3,17,17,17,17,108,108,108,108,3,3,15,15,15,15,157,157,157,157,190,58,58,58,8,8,8,8,12,12,12,12,6,1,1,18,18,2,2,18,18,30,30,58,65,65,65,14,14,14,14,12,12,12,12,6,2,2,18,18,2,2,18,18,31,31,65,69,69,69,8,8,8,8,9,9,9,9,44,44,6,1,1,17,17,1,1,17,17,29,29,44,44,69,76,76,76,14,14,14,14,9,9,9,9,45,45,6,2,2,17,17,1,1,17,17,30,30,45,45,76,27,27,27,8,8,8,8,6,1,1,13,13,13,27,34,34,34,14,14,14,14,6,2,2,14,14,14,34,1007","consts":[{"k":"fn"},{"k":"list"},{"e":"list"},{"b":"append"},{"ss":["([x, ...rest], out)","(_, out)"]},{"k":"keyword"},{"ss":["([x, ...rest], out)","(_, out)"]},{"k":"tuple"},{"b":"to_list"},{"k":"set"},{"b":"to_set"}],"captures":[],"span":[25418,26425]},{"name":"keep","doc":"Returns a list of the elements of a list or tuple that are not nil: keep ([1, nil, 2]) is [1, 2].","clauses":["(xs as :list)","(xs as :tuple)"],"code":[40,1,16,48,0,0,16,7,93,7,4,6,0,37,2,38,40,1,36,48,0,1,36,7,93,7,4,1,2,6,0,36,1,37,2,38,53],"spans":"26541,0,0,1,0,0,0,16,0,8,0,7,0,-15,0,-17,38,0,0,1,0,0,0,17,0,8,0,7,0,15,0,-15,0,-15,0,-18,-152;35,35,35,11,11,11,11,6,6,5,5,2,2,18,18,35,52,52,52,12,12,12,12,6,6,5,5,18,18,2,2,18,18,34,34,52,206","consts":[{"k":"list"},{"k":"tuple"},{"b":"to_list"}],"captures":[],"span":[26427,26633]},{"name":"each!","doc":"Calls a function on each element of a list, tuple or set, in order, for its effects; returns nil.","clauses":["(f as :fn, xs as :list)","(f as :fn, xs as :tuple)","(f as :fn, s as :set)"],"code":[40,2,50,48,0,0,50,48,1,1,50,6,1,45,2,1,40,49,2,0,50,2,1,6,0,6,3,102,1,5,6,4,58,2,1,13,15,2,34,49,2,15,2,34,49,57,2,1,2,38,40,2,73,48,0,0,73,48,1,3,73,9,6,0,1,4,6,1,36,1,37,2,38,40,2,96,48,0,0,96,48,1,5,96,9,6,0,1,4,6,1,36,1,37,2,38,53],"spans":"26750,0,0,1,0,0,0,10,0,0,0,22,0,16,0,0,0,1,0,0,3,0,0,21,0,3,0,-3,0,0,19,0,-7,0,0,0,-38,0,0,0,68,-7,0,0,0,-82,0,0,0,-27,126,0,0,1,0,0,0,10,0,0,0,17,7,0,3,0,15,0,-15,0,-10,0,-28,60,0,0,1,0,0,0,10,0,0,0,14,7,0,3,0,15,0,-15,0,-10,0,-25,-301;123,123,123,8,8,8,8,11,11,11,11,2,2,12,12,12,12,1,1,1,7,7,7,1,1,1,1,5,5,5,4,4,12,12,12,12,56,56,56,56,3,10,10,10,10,96,96,96,96,123,57,57,57,8,8,8,8,12,12,12,12,5,1,1,18,18,2,2,18,18,29,29,57,53,53,53,8,8,8,8,9,9,9,9,5,1,1,17,17,1,1,17,17,28,28,53,356","consts":[{"k":"fn"},{"k":"list"},{"ss":["([x, ...rest])","(_)"]},{"k":"tuple"},{"b":"to_list"},{"k":"set"}],"captures":[],"span":[26635,26991]},{"name":"contains?","doc":"Returns true if a list, tuple or set has a value among its elements (compared by value): contains? (2, [1, 2, 3]) is true. For a string, returns true if the second string contains the first one: contains? (\\"ell\\", \\"hello\\") is true.","clauses":["(x, xs as :list)","(x, xs as :tuple)","(x, s as :set)","(sub as :string, s as :string)"],"code":[40,2,16,48,1,0,16,1,1,6,1,6,0,37,2,38,40,2,32,48,1,2,32,1,1,6,1,6,0,37,2,38,40,2,48,48,1,3,48,1,4,6,1,6,0,37,2,38,40,2,73,48,0,5,73,48,1,5,73,1,6,6,1,6,0,36,2,35,71,3,38,4,38,53],"spans":"27249,0,0,4,0,0,0,16,0,17,0,4,0,-21,0,-20,46,0,0,4,0,0,0,17,0,17,0,4,0,-21,0,-21,47,0,0,4,0,0,0,14,0,16,0,3,0,-19,0,-18,42,0,0,1,0,0,0,16,0,0,0,20,0,16,0,3,0,-19,0,-3,0,32,-32,42,-76,-391;43,43,43,11,11,11,11,23,23,2,2,1,1,23,23,43,44,44,44,12,12,12,12,23,23,2,2,1,1,23,23,44,39,39,39,9,9,9,9,21,21,1,1,1,1,21,21,39,81,81,81,14,14,14,14,12,12,12,12,23,23,1,1,3,3,23,23,47,47,4,47,5,81,474","consts":[{"k":"list"},{"b":"list_has?"},{"k":"tuple"},{"k":"set"},{"b":"set_has?"},{"k":"string"},{"b":"index_of"}],"captures":[],"span":[26993,27467]},{"name":"omit","doc":"Returns a list or set without a value: omit (2, [1, 2, 3, 2]) is [1, 3], omit (:a, ${:a, :b}) is ${:b}. (A tuple gives a list.)","clauses":["(x, xs as :list)","(x, xs as :tuple)","(x, s as :set)"],"code":[40,2,16,48,1,0,16,7,93,29,1,6,1,37,2,38,40,2,35,48,1,2,35,9,6,0,1,3,6,1,36,1,37,2,38,40,2,51,48,1,4,51,1,5,6,1,6,0,37,2,38,53],"spans":"27615,0,0,4,0,0,0,16,0,8,0,52,0,-60,0,-20,86,0,0,4,0,0,0,17,6,0,3,0,15,0,-15,0,-9,0,-21,52,0,0,4,0,0,0,14,0,18,0,3,0,-21,0,-18,-284;83,83,83,11,11,11,11,6,6,50,50,2,2,63,63,83,49,49,49,12,12,12,12,4,1,1,18,18,2,2,18,18,28,28,49,41,41,41,9,9,9,9,23,23,1,1,1,1,23,23,41,327","consts":[{"k":"list"},{"p":102},{"k":"tuple"},{"b":"to_list"},{"k":"set"},{"b":"set_delete"}],"captures":[],"span":[27469,27796]},{"name":null,"doc":null,"clauses":["(y)"],"code":[40,1,17,1,0,8,0,6,0,36,2,35,15,4,38,3,38,53],"spans":"27646,0,0,10,0,11,0,3,0,-14,0,-3,0,25,-25,36,-43,-3;47,47,47,16,16,1,1,1,1,16,16,40,40,5,40,4,47,50","consts":[{"b":"eq?"}],"captures":[0,0],"span":[27643,27693]},{"name":"index_of","doc":"Returns the index of the first element of a list or tuple that equals a value, or the index where a string is first found in another string; nil if it is not there: index_of ([:a, :b], :b) is 1, index_of (\\"hello\\", \\"l\\") is 2.","clauses":["(xs as :list, x)","(xs as :tuple, x)","(s as :string, sub as :string)"],"code":[40,2,62,48,0,0,62,6,0,1,1,45,2,1,52,49,2,0,50,2,1,1,2,6,1,6,4,36,2,35,34,6,3,38,6,5,1,3,6,3,1,4,36,2,58,2,2,11,15,2,34,61,2,15,2,34,61,57,2,2,5,38,40,2,81,48,0,6,81,9,1,7,6,0,36,1,6,1,37,2,38,40,2,101,48,0,8,101,48,1,8,101,1,9,6,0,6,1,37,2,38,53],"spans":"28047,0,0,1,0,0,0,25,0,4,0,15,0,0,0,1,0,0,3,0,0,19,0,11,0,3,0,-14,0,-3,0,25,0,-25,39,0,6,0,11,0,3,0,-14,0,-13,0,0,0,-53,0,0,0,98,-10,0,0,0,-112,0,0,0,-20,152,0,0,1,0,0,0,20,10,0,15,0,-15,0,20,0,-30,0,-21,56,0,0,1,0,0,0,14,0,0,0,19,0,16,0,3,0,-19,0,-34,-457;149,149,149,11,11,11,11,2,2,1,1,12,12,12,12,1,1,1,7,7,7,16,16,1,1,1,1,16,16,62,62,1,1,62,4,4,16,16,1,1,1,1,16,16,30,30,30,30,83,83,83,83,3,13,13,13,13,129,129,129,129,149,53,53,53,12,12,12,12,8,18,18,2,2,18,18,1,1,32,32,53,57,57,57,12,12,12,12,14,14,14,14,23,23,1,1,3,3,23,23,57,516","consts":[{"k":"list"},0,{"b":"eq?"},{"b":"add"},1,{"ss":["([y, ...rest], i)","(_, _)"]},{"k":"tuple"},{"b":"to_list"},{"k":"string"},{"b":"index_of"}],"captures":[],"span":[27798,28314]},{"name":"range","doc":"Returns a list of numbers counting up from a start (0 if not given) up to, but not including, an end, by a step (1 if not given): range (4) is [0, 1, 2, 3], range (1, 4) is [1, 2, 3], range (10, 0, -5) is [10, 5].","clauses":["(end as :number)","(start as :number, end as :number)","(start as :number, end as :number, step as :number)"],"code":[40,1,18,48,0,0,18,1,1,1,2,6,0,1,3,37,3,38,40,2,40,48,0,0,40,48,1,0,40,1,1,6,0,6,1,1,3,37,3,38,40,3,66,48,0,0,66,48,1,0,66,48,2,0,66,1,1,6,0,6,1,6,2,37,3,38,53],"spans":"28547,0,0,1,0,0,0,19,0,13,0,3,0,5,0,-21,0,-20,46,0,0,1,0,0,0,18,0,0,0,19,0,13,0,7,0,5,0,-25,0,-38,68,0,0,1,0,0,0,18,0,0,0,16,0,0,0,20,0,13,0,7,0,5,0,-25,0,-55,-345;43,43,43,14,14,14,14,23,23,1,1,3,3,1,1,23,23,43,65,65,65,16,16,16,16,14,14,14,14,27,27,5,5,3,3,1,1,27,27,65,85,85,85,16,16,16,16,14,14,14,14,15,15,15,15,30,30,5,5,3,3,4,4,30,30,85,432","consts":[{"k":"number"},{"b":"range"},0,1],"captures":[],"span":[28316,28748]},{"name":"reverse","doc":"Returns the elements of a list or tuple in reverse order, as a list; or a string reversed.","clauses":["(xs as :list)","(xs as :tuple)","(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,28,48,0,2,28,1,1,6,0,37,1,38,40,1,42,48,0,3,42,1,1,6,0,37,1,38,53],"spans":"28860,0,0,1,0,0,0,16,0,15,0,-15,0,-17,38,0,0,1,0,0,0,17,0,15,0,-15,0,-18,39,0,0,1,0,0,0,17,0,15,0,-15,0,-18,-187;35,35,35,11,11,11,11,18,18,2,2,18,18,35,36,36,36,12,12,12,12,18,18,2,2,18,18,36,35,35,35,12,12,12,12,17,17,1,1,17,17,35,224","consts":[{"k":"list"},{"b":"reverse"},{"k":"tuple"},{"k":"string"}],"captures":[],"span":[28750,28974]},{"name":"merge","doc":null,"clauses":["(left, right, before?)"],"code":[40,3,129,6,0,6,1,1,0,44,3,0,25,1,1,6,5,6,4,37,2,15,3,34,128,44,4,0,41,1,1,6,5,6,3,37,2,15,3,34,128,6,3,45,6,1,55,49,6,0,50,6,1,34,58,54,6,2,6,4,45,9,1,72,49,9,0,50,9,1,34,75,54,9,3,6,2,6,10,6,7,102,2,35,102,6,3,6,11,1,4,6,5,6,10,36,2,58,3,3,9,38,6,8,6,4,1,4,6,5,6,7,36,2,58,3,3,9,15,6,15,3,34,128,57,3,3,5,38,53],"spans":"29081,0,0,32,0,6,0,7,0,16,0,0,0,15,0,14,0,5,0,-19,0,-16,0,0,0,46,0,0,0,12,0,14,0,5,0,-19,0,-16,0,0,0,82,0,-13,0,0,0,1,0,0,3,0,0,-8,0,0,0,0,42,0,-13,0,0,0,1,0,0,3,0,0,-8,0,0,0,0,28,0,9,0,3,0,-12,0,-3,0,38,0,3,0,4,0,14,0,5,0,-19,0,-14,0,0,0,-31,88,0,4,0,3,0,14,0,5,0,-19,0,-14,0,0,0,-139,0,-15,0,0,0,-118,0,0,0,-26,-9;344,344,344,4,4,5,5,2,2,2,2,2,2,21,21,3,3,1,1,21,21,37,37,37,37,2,2,2,2,21,21,3,3,1,1,21,21,37,37,37,37,1,1,10,10,10,10,1,1,1,5,5,5,18,18,18,18,18,1,1,10,10,10,10,1,1,1,5,5,5,18,18,18,18,18,7,7,1,1,1,1,14,14,117,117,1,1,2,2,21,21,3,3,1,1,21,21,36,36,36,36,117,2,2,1,1,21,21,3,3,1,1,21,21,36,36,36,36,181,181,196,196,196,196,318,318,318,318,344,353","consts":[{"e":"list"},{"b":"concat"},"[x, ...xs]","[y, ...ys]",{"b":"append"},{"ss":["([], r, out)","(l, [], out)","(l, r, out)"]}],"captures":[],"span":[29072,29425]},{"name":"merge_sort","doc":null,"clauses":["(xs, before?)"],"code":[40,2,79,1,0,6,0,36,1,1,1,6,2,1,2,36,2,35,22,6,0,38,1,3,1,4,6,2,1,2,36,2,36,1,9,1,5,6,0,1,6,6,3,36,3,6,1,36,2,9,1,5,6,0,6,3,6,2,36,3,6,1,36,2,8,0,6,4,6,5,6,1,37,3,15,3,15,2,38,53],"spans":"29443,0,0,31,0,13,0,-13,0,24,0,11,0,3,0,-14,0,-3,0,31,0,-31,65,0,13,0,11,0,3,0,-14,0,-13,0,50,12,0,13,0,4,0,3,0,-20,0,26,0,-38,0,67,12,0,13,0,4,0,5,0,-22,0,26,0,-38,0,55,0,7,0,6,0,7,0,-20,0,-192,0,-80,0,-17,-14;329,329,329,16,16,2,2,16,16,16,16,1,1,1,1,16,16,273,273,2,2,273,30,30,16,16,1,1,1,1,16,16,30,30,10,24,24,2,2,1,1,3,3,24,24,7,7,46,46,10,24,24,2,2,3,3,1,1,24,24,7,7,46,46,5,5,4,4,5,5,7,7,28,28,228,228,312,312,329,343","consts":[{"b":"count"},{"b":"lt?"},2,{"b":"floor"},{"b":"div"},{"b":"slice"},0],"captures":[0,0],"span":[29429,29772]},{"name":"sort","doc":"Returns the elements of a list, tuple or set as a sorted list. With one argument, in natural order: numbers from smallest, strings and keywords alphabetically (all elements of one kind). With a function before? (a, b) that returns true when a should come before b, in that order: sort ([3, 1, 2], gt?) is [3, 2, 1]. Equal elements keep their order.","clauses":["(xs as :list)","(xs as :list, before? as :fn)","(xs as :tuple)","(xs as :tuple, before? as :fn)","(s as :set)","(s as :set, before? as :fn)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,2,34,48,0,0,34,48,1,2,34,8,0,6,0,6,1,37,2,38,40,1,48,48,0,3,48,1,1,6,0,37,1,38,40,2,72,48,0,3,72,48,1,2,72,8,0,1,4,6,0,36,1,6,1,37,2,38,40,1,90,48,0,5,90,1,1,1,4,6,0,36,1,37,1,38,40,2,114,48,0,5,114,48,1,2,114,8,0,1,4,6,0,36,1,6,1,37,2,38,53],"spans":"30145,0,0,1,0,0,0,16,0,12,0,-12,0,-17,37,0,0,1,0,0,0,13,0,0,0,19,0,12,0,4,0,-16,0,-33,62,0,0,1,0,0,0,17,0,12,0,-12,0,-18,38,0,0,1,0,0,0,14,0,0,0,19,0,12,0,15,0,-15,0,20,0,-32,0,-34,79,0,0,1,0,0,0,14,0,12,0,15,0,-15,0,-12,0,-15,50,0,0,1,0,0,0,11,0,0,0,19,0,12,0,15,0,-15,0,19,0,-31,0,-31,-635;32,32,32,11,11,11,11,15,15,2,2,15,15,32,57,57,57,11,11,11,11,14,14,14,14,10,10,2,2,7,7,24,24,57,33,33,33,12,12,12,12,15,15,2,2,15,15,33,74,74,74,12,12,12,12,14,14,14,14,10,10,18,18,2,2,18,18,7,7,40,40,74,45,45,45,9,9,9,9,30,30,17,17,1,1,17,17,30,30,45,70,70,70,9,9,9,9,14,14,14,14,10,10,17,17,1,1,17,17,7,7,39,39,70,709","consts":[{"k":"list"},{"b":"sort"},{"k":"fn"},{"k":"tuple"},{"b":"to_list"},{"k":"set"}],"captures":[0,1],"span":[29776,30485]},{"name":"assoc","doc":"Returns a dict with a key set to a value: assoc (#{}, :a, 1) is #{:a 1}. Also takes the key and value as a (key, value) tuple. Setting a key to nil removes it.","clauses":["(d as :dict, key as :keyword, value)","(d as :dict, (key as :keyword, value))"],"code":[40,3,22,48,0,0,22,48,1,1,22,1,2,6,0,6,1,6,2,37,3,38,40,2,56,48,0,0,54,42,1,2,54,49,1,0,48,2,1,54,49,1,1,1,2,6,0,6,2,6,3,37,3,38,16,2,53],"spans":"30679,0,0,1,0,0,0,12,0,0,0,27,0,13,0,3,0,5,0,-21,0,-40,70,0,0,1,0,0,0,12,0,0,0,1,0,0,0,0,0,0,17,0,0,11,0,13,0,3,0,5,0,-21,0,-42,0,0,-249;67,67,67,10,10,10,10,15,15,15,15,27,27,1,1,3,3,5,5,27,27,67,69,69,69,10,10,10,10,24,24,24,24,15,15,15,15,15,15,15,5,5,5,27,27,1,1,3,3,5,5,27,27,69,69,69,320","consts":[{"k":"dict"},{"k":"keyword"},{"b":"assoc"}],"captures":[],"span":[30500,30820]},{"name":"dissoc","doc":"Returns a dict without a key: dissoc (#{:a 1, :b 2}, :a) is #{:b 2}.","clauses":["(d as :dict, key as :keyword)"],"code":[40,2,20,48,0,0,20,48,1,1,20,1,2,6,0,6,1,37,2,38,53],"spans":"30911,0,0,1,0,0,0,12,0,0,0,20,0,14,0,3,0,-17,0,-33,-89;54,54,54,10,10,10,10,15,15,15,15,21,21,1,1,3,3,21,21,54,145","consts":[{"k":"dict"},{"k":"keyword"},{"b":"dissoc"}],"captures":[],"span":[30822,30967]},{"name":"update","doc":"Returns a dict with the value at a key replaced by the result of calling a function on it (on nil if the key is missing): update (#{:a 1}, :a, inc) is #{:a 2}.","clauses":["(d as :dict, key as :keyword, f as :fn)"],"code":[40,3,36,48,0,0,36,48,1,1,36,48,2,2,36,1,3,6,0,6,1,6,2,1,4,6,0,6,1,36,2,102,1,37,3,38,53],"spans":"31149,0,0,1,0,0,0,12,0,0,0,17,0,0,0,13,0,13,0,3,0,5,0,3,0,11,0,3,0,-14,0,-3,0,-21,0,-43,-180;87,87,87,10,10,10,10,15,15,15,15,8,8,8,8,44,44,1,1,3,3,1,1,18,18,1,1,3,3,18,18,22,22,44,44,87,269","consts":[{"k":"dict"},{"k":"keyword"},{"k":"fn"},{"b":"assoc"},{"b":"get"}],"captures":[],"span":[30969,31238]},{"name":"get","doc":"Returns the value at a key of a dict (or package), or nil, or a default if one is given, when the key is missing. The key comes first: get (:a, #{:a 1}) is 1. As with `d :key`, asking anything that is not a dict gives nil. With only a key, returns a function that gets that key.","clauses":["(key as :keyword, d)","(key as :keyword, d, default)","(key as :keyword)"],"code":[40,2,16,48,0,0,16,1,1,6,1,6,0,37,2,38,40,3,48,48,0,0,48,1,1,6,1,6,0,36,2,1,2,6,3,2,36,2,35,43,6,2,38,6,3,15,3,38,40,1,62,48,0,0,62,9,6,0,30,2,1,38,53],"spans":"31535,0,0,1,0,0,0,23,0,11,0,3,0,-14,0,-24,45,0,0,1,0,0,0,50,0,11,0,3,0,-14,0,26,0,11,0,7,-18,0,-3,0,31,0,-31,44,0,-85,0,-33,130,0,0,1,0,0,0,20,5,0,-5,0,0,-21,-470;42,42,42,15,15,15,15,18,18,1,1,3,3,18,18,42,127,127,127,15,15,15,15,18,18,1,1,3,3,18,18,22,22,5,5,3,22,22,49,49,7,7,49,5,5,94,94,127,33,33,33,15,15,15,15,3,3,3,12,12,12,33,505","consts":[{"k":"keyword"},{"b":"get"},{"b":"eq?"}],"captures":[],"span":[31240,31745]},{"name":"has?","doc":"Returns true if a dict (or package) has a key: has? (:a, #{:a 1}) is true. The key comes first, as in get.","clauses":["(key as :keyword, d)","(key as :keyword)"],"code":[40,2,16,48,0,0,16,1,1,6,1,6,0,37,2,38,40,1,30,48,0,0,30,9,6,0,30,2,1,38,53],"spans":"31871,0,0,1,0,0,0,23,0,12,0,3,0,-15,0,-24,46,0,0,1,0,0,0,20,6,0,-6,0,0,-21,-170;43,43,43,15,15,15,15,19,19,1,1,3,3,19,19,43,34,34,34,15,15,15,15,4,3,3,13,13,13,34,206","consts":[{"k":"keyword"},{"b":"has?"}],"captures":[],"span":[31747,31953]},{"name":"keys","doc":"Returns the keys of a dict (or package) as a list, in the order they were added.","clauses":["(d as :dict)","(p as :pkg)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,28,48,0,2,28,1,1,6,0,37,1,38,53],"spans":"32052,0,0,1,0,0,0,15,0,12,0,-12,0,-16,33,0,0,1,0,0,0,14,0,12,0,-12,0,-15,-130;30,30,30,10,10,10,10,14,14,1,1,14,14,30,29,29,29,9,9,9,9,14,14,1,1,14,14,29,161","consts":[{"k":"dict"},{"b":"keys"},{"k":"pkg"}],"captures":[],"span":[31955,32116]},{"name":"values","doc":"Returns the values of a dict (or package) as a list, in the order their keys were added.","clauses":["(d as :dict)","(p as :pkg)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,28,48,0,2,28,1,1,6,0,37,1,38,53],"spans":"32225,0,0,1,0,0,0,15,0,14,0,-14,0,-16,35,0,0,1,0,0,0,14,0,14,0,-14,0,-15,-142;32,32,32,10,10,10,10,16,16,1,1,16,16,32,31,31,31,9,9,9,9,16,16,1,1,16,16,31,175","consts":[{"k":"dict"},{"b":"values"},{"k":"pkg"}],"captures":[],"span":[32118,32293]},{"name":"dict","doc":"Converts to a dict: a list or tuple of (key, value) tuples, or a package. A dict stays as it is.","clauses":["(d as :dict)","(pairs as :list)","(pairs as :tuple)","(p as :pkg)"],"code":[40,1,10,48,0,0,10,6,0,38,40,1,24,48,0,1,24,1,2,6,0,37,1,38,40,1,38,48,0,3,38,1,2,6,0,37,1,38,40,1,52,48,0,4,52,1,2,6,0,37,1,38,53],"spans":"32408,0,0,1,0,0,0,15,0,-16,20,0,0,1,0,0,0,19,0,15,0,-15,0,-20,44,0,0,1,0,0,0,20,0,15,0,-15,0,-21,45,0,0,1,0,0,0,14,0,15,0,-15,0,-15,-222;17,17,17,10,10,10,10,1,1,17,41,41,41,14,14,14,14,21,21,5,5,21,21,41,42,42,42,15,15,15,15,21,21,5,5,21,21,42,32,32,32,9,9,9,9,17,17,1,1,17,17,32,256","consts":[{"k":"dict"},{"k":"list"},{"b":"to_dict"},{"k":"tuple"},{"k":"pkg"}],"captures":[],"span":[32295,32551]},{"name":"diff","doc":"Compares two dicts key by key (shallowly) and returns a dict of the keys whose values differ, each with the pair (value in the first, value in the second); a missing value is nil. diff (#{:a 1, :b 2}, #{:a 1, :b 3}) is #{:b (2, 3)}.","clauses":["(d1 as :dict, d2 as :dict)"],"code":[40,2,46,48,0,0,46,48,1,0,46,7,90,1,1,6,0,36,1,7,93,29,2,1,1,6,1,36,1,36,2,36,2,7,29,29,3,6,2,25,0,37,3,15,2,38,53],"spans":"32805,0,0,1,0,0,0,13,0,0,0,37,0,8,0,12,0,-12,0,17,0,8,0,36,0,12,0,-12,0,-44,0,-25,0,91,0,6,0,163,0,10,0,-179,0,-112,0,-30,-252;329,329,329,11,11,11,11,11,11,11,11,6,6,15,15,2,2,15,15,6,6,34,34,15,15,2,2,15,15,60,60,86,86,4,4,161,161,8,8,3,3,183,183,299,299,329,583","consts":[{"k":"dict"},{"b":"keys"},{"p":118},{"p":119}],"captures":[],"span":[32553,33136]},{"name":null,"doc":null,"clauses":["(k)"],"code":[40,1,16,7,10,1,0,8,0,6,0,36,2,37,1,38,53],"spans":"32892,0,0,7,0,5,0,12,0,4,0,-16,0,-5,0,-7,-3;31,31,31,3,3,18,18,2,2,1,1,18,18,24,24,31,34","consts":[{"b":"has?"}],"captures":[0,0],"span":[32889,32923]},{"name":null,"doc":null,"clauses":["(out, k)"],"code":[40,2,49,1,0,8,0,6,1,36,2,1,0,8,1,6,1,36,2,1,1,6,2,6,3,36,2,35,32,6,0,38,1,2,6,0,6,1,6,2,6,3,18,2,37,3,15,2,38,53],"spans":"32956,0,0,29,0,11,0,4,0,-15,0,33,0,11,0,4,0,-15,0,27,0,11,0,4,0,-15,0,-3,0,27,0,-27,36,0,13,0,5,0,4,0,4,0,-5,0,-21,0,-110,0,-12,-3;158,158,158,17,17,2,2,1,1,17,17,17,17,2,2,1,1,17,17,18,18,2,2,2,2,18,18,66,66,3,3,66,30,30,3,3,1,1,2,2,2,2,8,8,30,30,146,146,158,161","consts":[{"b":"get"},{"b":"eq?"},{"b":"assoc"}],"captures":[0,0,0,1],"span":[32953,33114]},{"name":"string","doc":"Converts a value to a string: a string stays as it is, anything else becomes its printed form (as show gives it). With several arguments, joins their string forms: string (\\"x = \\", 1) is \\"x = 1\\".","clauses":["(x)","(x, y)","(x, y, z, ...more)"],"code":[40,1,10,1,0,6,0,37,1,38,40,2,30,1,1,1,0,6,0,36,1,1,0,6,1,36,1,37,2,38,100,3,73,41,43,0,3,72,49,0,0,49,0,1,49,0,2,50,0,3,7,29,29,2,1,3,6,3,20,6,4,21,9,6,1,6,2,36,2,37,3,38,101,53],"spans":"33368,0,0,7,0,14,0,-14,0,-7,26,0,0,10,0,14,0,14,0,-14,0,18,0,14,0,-14,0,-32,0,-10,62,0,0,0,0,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,12,0,6,0,49,0,1,0,-1,7,0,-3,10,8,0,3,0,-11,0,-69,0,-22,0,-305;23,23,23,16,16,1,1,16,16,23,59,59,59,49,49,16,16,1,1,16,16,16,16,1,1,16,16,49,49,59,105,105,105,105,18,18,18,18,1,1,1,1,1,1,1,1,1,7,7,7,4,4,47,47,12,12,1,1,12,4,4,7,6,1,1,1,1,13,13,83,83,105,105,412","consts":[{"b":"string"},{"b":"concat"},{"p":121},{"e":"list"}],"captures":[],"span":[33151,33563]},{"name":null,"doc":null,"clauses":["(s, a)"],"code":[40,2,16,1,0,6,0,1,1,6,1,36,1,37,2,38,53],"spans":"33487,0,0,10,0,14,0,3,0,14,0,-14,0,-17,0,-10,-3;44,44,44,34,34,1,1,16,16,1,1,16,16,34,34,44,47","consts":[{"b":"concat"},{"b":"string"}],"captures":[],"span":[33484,33531]},{"name":"join","doc":"Joins a list (or tuple) of strings into one string, with a separator between them if one is given: join ([\\"a\\", \\"b\\"], \\", \\") is \\"a, b\\". Elements that are not strings are joined in their printed form.","clauses":["(xs as :list)","(xs as :list, sep as :string)","(xs as :tuple)","(xs as :tuple, sep as :string)"],"code":[40,1,16,48,0,0,16,1,1,6,0,1,2,37,2,38,40,2,36,48,0,0,36,48,1,3,36,1,1,6,0,6,1,37,2,38,40,1,52,48,0,4,52,1,1,6,0,1,2,37,2,38,40,2,72,48,0,4,72,48,1,3,72,1,1,6,0,6,1,37,2,38,53],"spans":"33787,0,0,1,0,0,0,16,0,12,0,4,0,-16,0,-17,39,0,0,1,0,0,0,13,0,0,0,19,0,12,0,4,0,-16,0,-33,56,0,0,1,0,0,0,17,0,12,0,4,0,-16,0,-18,40,0,0,1,0,0,0,14,0,0,0,19,0,12,0,4,0,-16,0,-34,-357;36,36,36,11,11,11,11,19,19,2,2,2,2,19,19,36,53,53,53,11,11,11,11,14,14,14,14,20,20,2,2,3,3,20,20,53,37,37,37,12,12,12,12,19,19,2,2,2,2,19,19,37,54,54,54,12,12,12,12,14,14,14,14,20,20,2,2,3,3,20,20,54,413","consts":[{"k":"list"},{"b":"join"},"",{"k":"string"},{"k":"tuple"}],"captures":[],"span":[33565,33978]},{"name":"split","doc":"Splits a string at each place a separator string occurs and returns the list of pieces: split (\\"a,b,c\\", \\",\\") is [\\"a\\", \\"b\\", \\"c\\"].","clauses":["(s as :string, sep as :string)"],"code":[40,2,20,48,0,0,20,48,1,0,20,1,1,6,0,6,1,37,2,38,53],"spans":"34136,0,0,1,0,0,0,14,0,0,0,19,0,13,0,3,0,-16,0,-34,-156;54,54,54,12,12,12,12,14,14,14,14,20,20,1,1,3,3,20,20,54,212","consts":[{"k":"string"},{"b":"split"}],"captures":[],"span":[33980,34192]},{"name":"trim","doc":"Removes the whitespace at the start and the end of a string.","clauses":["(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"34271,0,0,1,0,0,0,17,0,12,0,-12,0,-18,-77;32,32,32,12,12,12,12,14,14,1,1,14,14,32,111","consts":[{"k":"string"},{"b":"trim"}],"captures":[],"span":[34194,34305]},{"name":"upcase","doc":"Returns a string in upper case.","clauses":["(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"34357,0,0,1,0,0,0,17,0,14,0,-14,0,-18,-50;34,34,34,12,12,12,12,16,16,1,1,16,16,34,86","consts":[{"k":"string"},{"b":"upcase"}],"captures":[],"span":[34307,34393]},{"name":"downcase","doc":"Returns a string in lower case.","clauses":["(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"34447,0,0,1,0,0,0,17,0,16,0,-16,0,-18,-52;36,36,36,12,12,12,12,18,18,1,1,18,18,36,90","consts":[{"k":"string"},{"b":"downcase"}],"captures":[],"span":[34395,34485]},{"name":"chars","doc":"Returns the characters of a string as a list of one-character strings: chars (\\"abc\\") is [\\"a\\", \\"b\\", \\"c\\"].","clauses":["(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"34617,0,0,1,0,0,0,17,0,13,0,-13,0,-18,-130;33,33,33,12,12,12,12,15,15,1,1,15,15,33,165","consts":[{"k":"string"},{"b":"chars"}],"captures":[],"span":[34487,34652]},{"name":"words","doc":"Returns the words of a string as a list, leaving out whitespace and punctuation: words (\\"Hello, world!\\") is [\\"Hello\\", \\"world\\"].","clauses":["(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"34805,0,0,1,0,0,0,17,0,13,0,-13,0,-18,-151;33,33,33,12,12,12,12,15,15,1,1,15,15,33,186","consts":[{"k":"string"},{"b":"words"}],"captures":[],"span":[34654,34840]},{"name":"strip","doc":"Removes the punctuation from a string: strip (\\"Hello, world!\\") is \\"Hello world\\".","clauses":["(s as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"34944,0,0,1,0,0,0,17,0,13,0,-13,0,-18,-102;33,33,33,12,12,12,12,15,15,1,1,15,15,33,137","consts":[{"k":"string"},{"b":"strip"}],"captures":[],"span":[34842,34979]},{"name":"to_number","doc":"Reads a number written in a string (spaces around it and _ between digits are allowed): to_number (\\"42\\") is 42. Returns nil if the string is not a number. A number stays as it is.","clauses":["(s as :string)","(n as :number)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,40,1,24,48,0,2,24,6,0,38,53],"spans":"35184,0,0,1,0,0,0,17,0,17,0,-17,0,-18,40,0,0,1,0,0,0,17,0,-18,-243;37,37,37,12,12,12,12,19,19,1,1,19,19,37,19,19,19,12,12,12,12,1,1,19,264","consts":[{"k":"string"},{"b":"to_number"},{"k":"number"}],"captures":[],"span":[34981,35245]},{"name":"print!","doc":"Prints its arguments to the console on one line, separated by spaces: strings as they are, other values in their printed form. Returns :ok.","clauses":["(...args)"],"code":[100,0,19,41,43,0,0,18,50,0,0,1,0,6,1,37,1,38,101,53],"spans":"35418,0,0,0,0,0,0,0,1,0,0,12,0,14,0,-14,0,-13,0,-158;32,32,32,32,9,9,9,9,7,7,7,19,19,4,4,19,19,32,32,192","consts":[{"b":"print!"}],"captures":[],"span":[35260,35452]},{"name":"report!","doc":"Prints a value in its printed form (as show gives it) and returns the value, to look at values in the middle of a computation. Given a message string first, prints the message followed by the value: report! (\\"x: \\", 42) prints x: 42.","clauses":["(x)","(msg as :string, x)"],"code":[40,1,19,1,0,1,1,6,0,36,1,19,1,36,1,5,6,0,38,40,2,48,48,0,2,48,1,0,1,3,6,0,1,1,6,1,36,1,36,2,19,1,36,1,5,6,1,38,53],"spans":"35708,0,0,13,0,15,0,12,0,-12,0,-1,0,-14,0,0,36,0,-49,57,0,0,1,0,0,0,28,0,15,0,14,0,5,0,12,0,-12,0,-19,0,-1,0,-14,0,0,56,0,-85,-311;54,54,54,31,31,14,14,1,1,14,14,16,16,31,31,31,1,1,54,90,90,90,14,14,14,14,51,51,34,34,3,3,14,14,1,1,14,14,34,34,36,36,51,51,51,1,1,90,403","consts":[{"b":"print!"},{"b":"show"},{"k":"string"},{"b":"concat"}],"captures":[],"span":[35454,35857]},{"name":"doc!","doc":"Prints the documentation of a function: its name, the patterns of its clauses (what it takes) and its description. Returns :ok.","clauses":["(f)"],"code":[40,1,16,1,0,1,1,6,0,36,1,19,1,37,1,38,53],"spans":"36003,0,0,7,0,15,0,11,0,-11,0,-1,0,-14,0,-7,-144;37,37,37,30,30,13,13,1,1,13,13,15,15,30,30,37,183","consts":[{"b":"print!"},{"b":"doc"}],"captures":[],"span":[35859,36042]},{"name":"unbox","doc":"Returns the value held in a box.","clauses":["(b as :box)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"36105,0,0,1,0,0,0,14,0,13,0,-13,0,-15,-50;30,30,30,9,9,9,9,15,15,1,1,15,15,30,82","consts":[{"k":"box"},{"b":"unbox"}],"captures":[],"span":[36055,36137]},{"name":"store!","doc":"Stores a value in a box, replacing the one it held; returns the value.","clauses":["(b as :box, value)"],"code":[40,2,16,48,0,0,16,1,1,6,0,6,1,37,2,38,53],"spans":"36228,0,0,1,0,0,0,21,0,14,0,3,0,-17,0,-22,-89;45,45,45,9,9,9,9,23,23,1,1,5,5,23,23,45,136","consts":[{"k":"box"},{"b":"store!"}],"captures":[],"span":[36139,36275]},{"name":"update!","doc":"Replaces the value in a box with the result of calling a function on it, and returns the new value: after box n = 1, update! (n, inc) is 2. The function runs in the caller\'s process.","clauses":["(b as :box, f as :fn)"],"code":[40,2,28,48,0,0,28,48,1,1,28,1,2,6,0,6,1,1,3,6,0,36,1,102,1,37,2,38,53],"spans":"36479,0,0,1,0,0,0,11,0,0,0,13,0,14,0,3,0,3,0,13,0,-13,0,-3,0,-17,0,-25,-202;62,62,62,9,9,9,9,8,8,8,8,37,37,1,1,1,1,15,15,1,1,15,15,19,19,37,37,62,266","consts":[{"k":"box"},{"k":"fn"},{"b":"store!"},{"b":"unbox"}],"captures":[],"span":[36277,36543]},{"name":"spawn!","doc":"Starts a new process that calls a function of no arguments, and returns its process id (pid).","clauses":["(f as :fn)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"36672,0,0,1,0,0,0,13,0,14,0,-14,0,-14,-112;30,30,30,8,8,8,8,16,16,1,1,16,16,30,144","consts":[{"k":"fn"},{"b":"spawn!"}],"captures":[],"span":[36560,36704]},{"name":"self","doc":"Returns the process id (pid) of the process that calls it.","clauses":["()"],"code":[40,0,8,1,0,37,0,38,53],"spans":"36781,0,0,6,0,0,0,-6,-75;19,19,19,13,13,13,13,19,96","consts":[{"b":"self"}],"captures":[],"span":[36706,36802]},{"name":"send!","doc":"Sends a message (any value) to a process, to be taken from its mailbox by receive. Does not wait; returns the message. Alias: send.","clauses":["(pid as :pid, msg)"],"code":[40,2,16,48,0,0,16,1,1,6,0,6,1,37,2,38,53],"spans":"36953,0,0,1,0,0,0,21,0,13,0,5,0,-18,0,-22,-149;44,44,44,11,11,11,11,22,22,3,3,3,3,22,22,44,195","consts":[{"k":"pid"},{"b":"send!"}],"captures":[],"span":[36804,36999]},{"name":"link!","doc":"Links the calling process with another one: when either of them ends, normally or by a panic, the other one panics too.","clauses":["(pid as :pid)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"37156,0,0,1,0,0,0,16,0,13,0,-13,0,-17,-137;34,34,34,11,11,11,11,17,17,3,3,17,17,34,173","consts":[{"k":"pid"},{"b":"link!"}],"captures":[],"span":[37019,37192]},{"name":"monitor!","doc":"Watches another process: when it ends, the caller gets the message (:exit, pid, (:ok, value)) if it returned a value, or (:exit, pid, (:err, message)) if it panicked. Alias: monitor.","clauses":["(pid as :pid)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"37397,0,0,1,0,0,0,16,0,16,0,-16,0,-17,-203;37,37,37,11,11,11,11,20,20,3,3,20,20,37,242","consts":[{"k":"pid"},{"b":"monitor!"}],"captures":[],"span":[37194,37436]},{"name":"await!","doc":"Waits for a process to end and returns its result: (:ok, value) if it returned a value, (:err, message) if it panicked. Works also for a process that has already ended.","clauses":["(pid as :pid)"],"code":[40,1,60,48,0,0,60,1,1,6,0,36,1,5,61,62,1,42,2,3,52,49,2,0,47,3,2,52,49,2,1,49,2,2,1,3,6,4,6,0,36,2,35,52,63,1,6,5,15,1,34,59,16,3,16,2,64,1,15,38,53],"spans":"37649,0,0,1,0,0,0,22,0,16,0,-16,0,0,25,0,0,16,0,0,0,0,0,0,1,0,0,0,7,0,0,3,0,0,11,0,11,0,3,0,-14,0,-22,0,0,0,44,0,-44,0,0,0,0,0,-16,0,0,0,0,-48,-187;124,124,124,11,11,11,11,20,20,3,3,20,20,20,72,72,72,18,18,18,18,18,18,18,5,5,5,5,1,1,1,6,6,6,18,18,1,1,3,3,18,18,50,50,50,50,6,6,50,50,50,50,50,50,72,72,72,72,72,124,313","consts":[{"k":"pid"},{"b":"monitor!"},{"k":"exit"},{"b":"eq?"}],"captures":[],"span":[37462,37775]},{"name":"sleep!","doc":"Pauses the calling process for a number of milliseconds; other processes run meanwhile. Returns :ok.","clauses":["(ms as :number)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"37896,0,0,1,0,0,0,18,0,14,0,-14,0,-19,-119;36,36,36,13,13,13,13,17,17,2,2,17,17,36,157","consts":[{"k":"number"},{"b":"sleep!"}],"captures":[],"span":[37777,37934]},{"name":"yield!","doc":"Lets the other processes run before the calling one continues. Returns :ok.","clauses":["()"],"code":[40,0,8,1,0,37,0,38,53],"spans":"38030,0,0,6,0,0,0,-6,-94;21,21,21,15,15,15,15,21,117","consts":[{"b":"yield!"}],"captures":[],"span":[37936,38053]},{"name":"alive?","doc":"Returns true if a process has not ended yet.","clauses":["(pid as :pid)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"38118,0,0,1,0,0,0,16,0,14,0,-14,0,-17,-63;35,35,35,11,11,11,11,18,18,3,3,18,18,35,100","consts":[{"k":"pid"},{"b":"alive?"}],"captures":[],"span":[38055,38155]},{"name":"name!","doc":"Gives the calling process a name, shown when its processes are observed or reported. Returns its pid.","clauses":["(name as :string)"],"code":[40,1,14,48,0,0,14,1,1,6,0,37,1,38,53],"spans":"38276,0,0,1,0,0,0,20,0,13,0,-13,0,-21,-119;39,39,39,15,15,15,15,18,18,4,4,18,18,39,160","consts":[{"k":"string"},{"b":"name!"}],"captures":[],"span":[38157,38317]},{"name":"budget","doc":"Returns the reduction budget: how many function calls and loop steps a process may take before the others get their turn.","clauses":["()"],"code":[40,0,8,1,0,37,0,38,53],"spans":"38459,0,0,6,0,0,0,-6,-140;21,21,21,15,15,15,15,21,163","consts":[{"b":"budget"}],"captures":[],"span":[38319,38482]},{"name":"ok","doc":"Wraps a value in an :ok result: ok (1) is (:ok, 1).","clauses":["(value)"],"code":[40,1,10,1,0,6,0,18,2,38,53],"spans":"38563,0,0,12,0,5,0,-6,0,-11,-66;23,23,23,3,3,5,5,12,12,23,91","consts":[{"k":"ok"}],"captures":[],"span":[38497,38588]},{"name":"err","doc":"Wraps a value, usually a message, in an :err result: err (\\"oops\\") is (:err, \\"oops\\").","clauses":["(msg)"],"code":[40,1,10,1,0,6,0,18,2,38,53],"spans":"38694,0,0,10,0,6,0,-7,0,-9,-104;20,20,20,4,4,3,3,11,11,20,126","consts":[{"k":"err"}],"captures":[],"span":[38590,38716]},{"name":"ok?","doc":"Returns true if a value is an :ok result: a tuple (:ok, value).","clauses":["((:ok, _))","(_)"],"code":[40,1,18,42,0,2,16,49,0,0,47,1,0,16,3,38,16,1,40,1,23,4,38,53],"spans":"38797,0,0,1,0,0,0,0,0,0,1,0,0,0,12,-14,0,0,21,0,0,7,-7,-100;18,18,18,8,8,8,8,8,8,8,3,3,3,3,4,18,18,18,12,12,12,5,12,114","consts":[{"k":"ok"}],"captures":[],"span":[38718,38832]},{"name":"err?","doc":"Returns true if a value is an :err result: a tuple (:err, message).","clauses":["((:err, _))","(_)"],"code":[40,1,18,42,0,2,16,49,0,0,47,1,0,16,3,38,16,1,40,1,23,4,38,53],"spans":"38918,0,0,1,0,0,0,0,0,0,1,0,0,0,13,-15,0,0,22,0,0,7,-7,-106;19,19,19,9,9,9,9,9,9,9,4,4,4,4,4,19,19,19,12,12,12,5,12,120","consts":[{"k":"err"}],"captures":[],"span":[38834,38954]},{"name":"unwrap!","doc":"Returns the value of an :ok result; panics on an :err result, or on something that is not a result.","clauses":["((:ok, value))","((:err, msg))","(x)"],"code":[40,1,22,42,0,2,20,49,0,0,47,1,0,20,49,0,1,6,2,38,16,1,40,1,49,42,0,2,47,49,0,0,47,1,1,47,49,0,1,1,2,6,2,18,2,39,38,16,1,40,1,64,1,3,7,28,6,0,36,1,18,2,39,38,53],"spans":"39075,0,0,1,0,0,0,0,0,0,1,0,0,0,5,0,0,11,0,-18,0,0,26,0,0,1,0,0,0,0,0,0,1,0,0,0,6,0,0,17,0,19,0,-20,0,-7,-17,0,0,51,0,0,15,0,68,0,6,0,-6,0,-69,0,-7,-7,-196;23,23,23,12,12,12,12,12,12,12,3,3,3,3,5,5,5,5,5,23,23,23,48,48,48,11,11,11,11,11,11,11,4,4,4,4,3,3,3,17,17,3,3,24,24,31,48,48,48,92,92,92,66,66,4,4,1,1,8,8,78,78,85,92,290","consts":[{"k":"ok"},{"k":"err"},"Unwrapped :err!","unwrap! needs a result, (:ok, value) or (:err, message), but got"],"captures":[],"span":[38956,39246]},{"name":"unwrap_or","doc":"Returns the value of an :ok result, or a default if the result is an :err.","clauses":["((:ok, value), _)","((:err, _), default)"],"code":[40,2,22,42,0,2,20,49,0,0,47,2,0,20,49,0,1,6,3,38,16,2,40,2,41,42,0,2,39,49,0,0,47,2,1,39,6,1,38,16,2,53],"spans":"39344,0,0,1,0,0,0,0,0,0,1,0,0,0,5,0,0,14,0,-21,0,0,29,0,0,1,0,0,0,0,0,0,1,0,0,0,22,0,-24,0,0,-125;26,26,26,12,12,12,12,12,12,12,3,3,3,3,5,5,5,5,5,26,26,26,31,31,31,9,9,9,9,9,9,9,4,4,4,4,7,7,31,31,31,158","consts":[{"k":"ok"},{"k":"err"}],"captures":[],"span":[39248,39406]},{"name":"assert!","doc":"Returns a value if it is truthy; panics with \\"Assert failed\\" (and a message, if one is given) if it is nil or false: assert! (eq? (x, 1), \\"x should be 1\\").","clauses":["(value)","(value, msg)"],"code":[40,1,22,6,0,35,10,6,0,38,1,0,7,28,6,0,36,1,18,2,39,38,40,2,40,6,0,35,32,6,0,38,1,0,6,1,18,2,39,38,53],"spans":"39587,0,0,14,0,-3,0,14,0,-14,33,0,18,0,6,0,-6,0,-19,0,-7,-36,78,0,0,19,0,-3,0,14,0,-14,33,0,18,0,-19,0,-7,-41,-257;75,75,75,5,5,64,64,5,5,64,16,16,4,4,5,5,12,12,32,32,39,75,71,71,71,5,5,55,55,5,5,55,16,16,3,3,23,23,30,71,330","consts":["Assert failed:"],"captures":[],"span":[39408,39738]}]},{"name":"prelude/turtle","text":"&&& Turtle graphics: the second part of the prelude.\\n& Each process that draws has its own turtle, starting at home: (0, 0), heading 0\\n& (up), pen down, a white pen 1 wide on a black background. Angles are in turns:\\n& right! (0.25) is a quarter turn clockwise. Commands are recorded per turtle as\\n& [verb, ...args] and rendered to SVG by the host.\\n\\nlet colors = #{\\n  :white (255, 255, 255, 255)\\n  :light_gray (191, 191, 191, 255)\\n  :gray (127, 127, 127, 255)\\n  :dark_gray (63, 63, 63, 255)\\n  :black (0, 0, 0, 255)\\n  :silver (192, 192, 192, 255)\\n  :red (255, 0, 0, 255)\\n  :maroon (128, 0, 0, 255)\\n  :orange (255, 165, 0, 255)\\n  :yellow (255, 255, 0, 255)\\n  :olive (128, 128, 0, 255)\\n  :lime (0, 255, 0, 255)\\n  :green (0, 128, 0, 255)\\n  :aqua (0, 255, 255, 255)\\n  :cyan (0, 255, 255, 255)\\n  :teal (0, 128, 128, 255)\\n  :blue (0, 0, 255, 255)\\n  :navy (0, 0, 128, 255)\\n  :purple (128, 0, 128, 255)\\n  :fuchsia (255, 0, 255, 255)\\n  :magenta (255, 0, 255, 255)\\n  :pink (255, 192, 203, 255)\\n  :brown (165, 42, 42, 255)\\n}\\n\\nfn color_of {\\n  \\"Turns a colour description into an (r, g, b, a) tuple: a keyword from `colors`, a gray level 0-255, (r, g, b) or (r, g, b, a).\\"\\n  (name as :keyword) -> match base :get (colors, name) with {\\n    nil -> panic! (\\"there is no colour called\\", show (name), \\"- the colours are\\", show (base :keys (colors)))\\n    rgba -> rgba\\n  }\\n  (gray as :number) -> (gray, gray, gray, 255)\\n  ((r as :number, g as :number, b as :number)) -> (r, g, b, 255)\\n  ((r as :number, g as :number, b as :number, a as :number)) -> (r, g, b, a)\\n  (other) -> panic! (\\"a colour is a keyword like :red, a gray level, (r, g, b) or (r, g, b, a), not\\", show (other))\\n}\\n\\nfn forward! {\\n  \\"Moves the turtle forward by a number of steps, drawing a line if the pen is down.\\"\\n  (steps as :number) -> base :turtle! (\\"forward\\", [steps])\\n}\\n\\nfn back! {\\n  \\"Moves the turtle backwards by a number of steps, drawing a line if the pen is down.\\"\\n  (steps as :number) -> base :turtle! (\\"back\\", [steps])\\n}\\n\\nfn left! {\\n  \\"Turns the turtle left (counterclockwise) by a number of turns: left! (0.25) is a quarter turn.\\"\\n  (turns as :number) -> base :turtle! (\\"left\\", [turns])\\n}\\n\\nfn right! {\\n  \\"Turns the turtle right (clockwise) by a number of turns: right! (0.25) is a quarter turn.\\"\\n  (turns as :number) -> base :turtle! (\\"right\\", [turns])\\n}\\n\\nfn penup! {\\n  \\"Lifts the pen: the turtle moves without drawing.\\"\\n  () -> base :turtle! (\\"penup\\", [])\\n}\\n\\nfn pendown! {\\n  \\"Puts the pen down: the turtle draws as it moves.\\"\\n  () -> base :turtle! (\\"pendown\\", [])\\n}\\n\\nfn pencolor! {\\n  \\"Sets the pen colour: a keyword from `colors`, a gray level 0-255, (r, g, b) or (r, g, b, a).\\"\\n  (color) -> {\\n    let (r, g, b, a) = color_of (color)\\n    base :turtle! (\\"pencolor\\", [r, g, b, a])\\n  }\\n}\\n\\nfn penwidth! {\\n  \\"Sets the width of the pen, in steps.\\"\\n  (width as :number) -> base :turtle! (\\"penwidth\\", [width])\\n}\\n\\nfn background! {\\n  \\"Sets the background colour of the drawing (like pencolor!).\\"\\n  (color) -> {\\n    let (r, g, b, a) = color_of (color)\\n    base :turtle! (\\"background\\", [r, g, b, a])\\n  }\\n}\\n\\nfn home! {\\n  \\"Sends the turtle back to the centre, heading up; draws a line if the pen is down.\\"\\n  () -> base :turtle! (\\"home\\", [])\\n}\\n\\nfn clear! {\\n  \\"Erases everything this turtle drew and sends it home.\\"\\n  () -> base :turtle! (\\"clear\\", [])\\n}\\n\\nfn goto! {\\n  \\"Moves the turtle to a point, given as x and y or as an (x, y) tuple; draws if the pen is down.\\"\\n  (x as :number, y as :number) -> base :turtle! (\\"goto\\", [x, y])\\n  ((x as :number, y as :number)) -> base :turtle! (\\"goto\\", [x, y])\\n}\\n\\nfn hideturtle! {\\n  \\"Hides the turtle (its lines stay).\\"\\n  () -> base :turtle! (\\"hideturtle\\", [])\\n}\\n\\nfn showturtle! {\\n  \\"Shows the turtle.\\"\\n  () -> base :turtle! (\\"showturtle\\", [])\\n}\\n\\nlet fd! = forward!\\nlet bk! = back!\\nlet lt! = left!\\nlet rt! = right!\\nlet pu! = penup!\\nlet pd! = pendown!\\nlet pc! = pencolor!\\nlet pw! = penwidth!\\nlet bg! = background!\\n\\nfn turtle_state {\\n  \\"The state of this process\'s turtle: a dict of :position :heading :pendown? :pencolor :penwidth :visible?\\"\\n  () -> base :turtle_state ()\\n}\\n\\nfn position {\\n  \\"Where this process\'s turtle is, as an (x, y) tuple.\\"\\n  () -> turtle_state () :position\\n}\\n\\nfn heading {\\n  \\"Which way this process\'s turtle points, in turns (0 is up, 0.25 is right).\\"\\n  () -> turtle_state () :heading\\n}\\n\\nfn pendown? {\\n  \\"Is this process\'s turtle\'s pen down?\\"\\n  () -> turtle_state () :pendown?\\n}\\n\\nfn pencolor {\\n  \\"The colour of this process\'s turtle\'s pen, as (r, g, b, a).\\"\\n  () -> turtle_state () :pencolor\\n}\\n\\nfn penwidth {\\n  \\"The width of this process\'s turtle\'s pen.\\"\\n  () -> turtle_state () :penwidth\\n}\\n","globals":["colors","color_of","forward!","back!","left!","right!","penup!","pendown!","pencolor!","penwidth!","background!","home!","clear!","goto!","hideturtle!","showturtle!","fd!","bk!","lt!","rt!","pu!","pd!","pc!","pw!","bg!","turtle_state","position","heading","pendown?","pencolor","penwidth"],"main":0,"protos":[{"name":null,"doc":null,"clauses":[],"code":[1,0,1,1,1,1,1,1,1,1,18,4,1,2,1,3,1,3,1,3,1,1,18,4,1,4,1,5,1,5,1,5,1,1,18,4,1,6,1,7,1,7,1,7,1,1,18,4,1,8,1,9,1,9,1,9,1,1,18,4,1,10,1,11,1,11,1,11,1,1,18,4,1,12,1,1,1,9,1,9,1,1,18,4,1,13,1,14,1,9,1,9,1,1,18,4,1,15,1,1,1,16,1,9,1,1,18,4,1,17,1,1,1,1,1,9,1,1,18,4,1,18,1,14,1,14,1,9,1,1,18,4,1,19,1,9,1,1,1,9,1,1,18,4,1,20,1,9,1,14,1,9,1,1,18,4,1,21,1,9,1,1,1,1,1,1,18,4,1,22,1,9,1,1,1,1,1,1,18,4,1,23,1,9,1,14,1,14,1,1,18,4,1,24,1,9,1,9,1,1,1,1,18,4,1,25,1,9,1,9,1,14,1,1,18,4,1,26,1,14,1,9,1,14,1,1,18,4,1,27,1,1,1,9,1,1,1,1,18,4,1,28,1,1,1,9,1,1,1,1,18,4,1,29,1,1,1,11,1,30,1,1,18,4,1,31,1,16,1,32,1,32,1,1,18,4,25,23,14,0,0,16,0,29,33,14,1,0,16,0,29,34,14,2,0,16,0,29,35,14,3,0,16,0,29,36,14,4,0,16,0,29,37,14,5,0,16,0,29,38,14,6,0,16,0,29,39,14,7,0,16,0,29,40,14,8,0,16,0,29,41,14,9,0,16,0,29,42,14,10,0,16,0,29,43,14,11,0,16,0,29,44,14,12,0,16,0,29,45,14,13,0,16,0,29,46,14,14,0,16,0,29,47,14,15,0,16,0,7,2,14,16,0,16,0,7,3,14,17,0,16,0,7,4,14,18,0,16,0,7,5,14,19,0,16,0,7,6,14,20,0,16,0,7,7,14,21,0,16,0,7,8,14,22,0,16,0,7,9,14,23,0,16,0,7,10,14,24,0,16,0,29,48,14,25,0,16,0,29,49,14,26,0,16,0,29,50,14,27,0,16,0,29,51,14,28,0,16,0,29,52,14,29,0,16,0,29,53,14,30,0,38],"spans":"362,0,13,0,5,0,5,0,5,0,-16,0,-12,0,48,0,5,0,5,0,5,0,-16,0,-47,0,77,0,5,0,5,0,5,0,-16,0,-76,0,111,0,4,0,4,0,4,0,-13,0,-110,0,138,0,3,0,3,0,3,0,-10,0,-137,0,163,0,5,0,5,0,5,0,-16,0,-162,0,191,0,5,0,3,0,3,0,-12,0,-190,0,218,0,5,0,3,0,3,0,-12,0,-217,0,245,0,5,0,5,0,3,0,-14,0,-244,0,274,0,5,0,5,0,3,0,-14,0,-273,0,302,0,5,0,5,0,3,0,-14,0,-301,0,329,0,3,0,5,0,3,0,-12,0,-328,0,355,0,3,0,5,0,3,0,-12,0,-354,0,380,0,3,0,5,0,5,0,-14,0,-379,0,407,0,3,0,5,0,5,0,-14,0,-406,0,434,0,3,0,5,0,5,0,-14,0,-433,0,461,0,3,0,3,0,5,0,-12,0,-460,0,486,0,3,0,3,0,5,0,-12,0,-485,0,513,0,5,0,3,0,5,0,-14,0,-512,0,543,0,5,0,3,0,5,0,-14,0,-542,0,573,0,5,0,3,0,5,0,-14,0,-572,0,600,0,5,0,5,0,5,0,-16,0,-599,0,630,0,5,0,4,0,4,0,-14,0,-629,0,-9,0,0,-4,0,664,0,0,0,0,0,0,646,0,0,0,0,0,0,162,0,0,0,0,0,0,158,0,0,0,0,0,0,169,0,0,0,0,0,0,166,0,0,0,0,0,0,104,0,0,0,0,0,0,108,0,0,0,0,0,0,219,0,0,0,0,0,0,119,0,0,0,0,0,0,190,0,0,0,0,0,0,135,0,0,0,0,0,0,109,0,0,0,0,0,0,245,0,0,0,0,0,0,100,0,0,0,0,0,0,93,0,-6,0,0,-4,0,29,0,-6,0,0,-4,0,26,0,-6,0,0,-4,0,26,0,-6,0,0,-4,0,27,0,-6,0,0,-4,0,27,0,-6,0,0,-4,0,29,0,-6,0,0,-4,0,30,0,-6,0,0,-4,0,30,0,-6,0,0,-4,0,23,0,0,0,0,0,0,160,0,0,0,0,0,0,107,0,0,0,0,0,0,128,0,0,0,0,0,0,92,0,0,0,0,0,0,115,0,0,0,0,-4495;649,649,3,3,3,3,3,3,3,3,20,20,649,649,3,3,3,3,3,3,3,3,20,20,649,649,3,3,3,3,3,3,3,3,20,20,649,649,2,2,2,2,2,2,3,3,17,17,649,649,1,1,1,1,1,1,3,3,14,14,649,649,3,3,3,3,3,3,3,3,20,20,649,649,3,3,1,1,1,1,3,3,16,16,649,649,3,3,1,1,1,1,3,3,16,16,649,649,3,3,3,3,1,1,3,3,18,18,649,649,3,3,3,3,1,1,3,3,18,18,649,649,3,3,3,3,1,1,3,3,18,18,649,649,1,1,3,3,1,1,3,3,16,16,649,649,1,1,3,3,1,1,3,3,16,16,649,649,1,1,3,3,3,3,3,3,18,18,649,649,1,1,3,3,3,3,3,3,18,18,649,649,1,1,3,3,3,3,3,3,18,18,649,649,1,1,1,1,3,3,3,3,16,16,649,649,1,1,1,1,3,3,3,3,16,16,649,649,3,3,1,1,3,3,3,3,18,18,649,649,3,3,1,1,3,3,3,3,18,18,649,649,3,3,1,1,3,3,3,3,18,18,649,649,3,3,3,3,3,3,3,3,20,20,649,649,3,3,2,2,2,2,3,3,18,18,649,649,6,6,6,662,662,644,644,644,644,644,644,644,160,160,160,160,160,160,160,156,156,156,156,156,156,156,167,167,167,167,167,167,167,164,164,164,164,164,164,164,102,102,102,102,102,102,102,106,106,106,106,106,106,106,217,217,217,217,217,217,217,117,117,117,117,117,117,117,188,188,188,188,188,188,188,133,133,133,133,133,133,133,107,107,107,107,107,107,107,243,243,243,243,243,243,243,98,98,98,98,98,98,98,81,81,81,81,81,81,81,8,8,3,3,3,18,18,5,5,3,3,3,15,15,5,5,3,3,3,15,15,6,6,3,3,3,16,16,6,6,3,3,3,16,16,8,8,3,3,3,18,18,9,9,3,3,3,19,19,9,9,3,3,3,19,19,11,11,3,3,3,21,21,158,158,158,158,158,158,158,105,105,105,105,105,105,105,126,126,126,126,126,126,126,90,90,90,90,90,90,90,113,113,113,113,113,113,113,95,95,95,95,95,4591","consts":[{"k":"white"},255,{"k":"light_gray"},191,{"k":"gray"},127,{"k":"dark_gray"},63,{"k":"black"},0,{"k":"silver"},192,{"k":"red"},{"k":"maroon"},128,{"k":"orange"},165,{"k":"yellow"},{"k":"olive"},{"k":"lime"},{"k":"green"},{"k":"aqua"},{"k":"cyan"},{"k":"teal"},{"k":"blue"},{"k":"navy"},{"k":"purple"},{"k":"fuchsia"},{"k":"magenta"},{"k":"pink"},203,{"k":"brown"},42,{"p":1},{"p":2},{"p":3},{"p":4},{"p":5},{"p":6},{"p":7},{"p":8},{"p":9},{"p":10},{"p":11},{"p":12},{"p":13},{"p":14},{"p":15},{"p":16},{"p":17},{"p":18},{"p":19},{"p":20},{"p":21}],"captures":[],"span":[0,4591]},{"name":"color_of","doc":"Turns a colour description into an (r, g, b, a) tuple: a keyword from `colors`, a gray level 0-255, (r, g, b) or (r, g, b, a).","clauses":["(name as :keyword)","(gray as :number)","((r as :number, g as :number, b as :number))","((r as :number, g as :number, b as :number, a as :number))","(other)"],"code":[40,1,50,48,0,0,50,1,1,7,0,6,0,36,2,47,1,2,43,1,3,1,4,6,0,36,1,1,5,1,4,1,6,7,0,36,1,36,1,18,4,39,38,6,1,38,55,1,7,38,40,1,68,48,0,8,68,6,0,6,0,6,0,1,9,18,4,38,40,1,109,42,0,3,107,49,0,0,48,1,8,107,49,0,1,48,2,8,107,49,0,2,48,3,8,107,6,1,6,2,6,3,1,9,18,4,38,16,1,40,1,157,42,0,4,155,49,0,0,48,1,8,155,49,0,1,48,2,8,155,49,0,2,48,3,8,155,49,0,3,48,4,8,155,6,1,6,2,6,3,6,4,18,4,38,16,1,40,1,172,1,10,1,4,6,0,36,1,18,2,39,38,53],"spans":"1160,0,0,1,0,0,0,27,0,11,0,8,0,-19,0,36,0,0,0,15,0,29,0,6,0,-6,0,13,0,21,0,6,0,12,0,-12,0,-6,0,-64,0,-7,-7,118,0,-8,-152,0,0,-22,193,0,0,1,0,0,0,21,0,6,0,6,0,6,0,-19,0,-21,47,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,14,0,0,0,0,0,0,19,0,3,0,3,0,3,0,-10,0,-48,0,0,65,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,14,0,0,0,0,0,0,14,0,0,0,0,0,0,19,0,3,0,3,0,3,0,-10,0,-62,0,0,77,0,0,19,0,81,0,6,0,-6,0,-82,0,-7,-11,-529;190,190,190,16,16,16,16,24,24,6,6,4,4,24,24,3,3,3,3,27,27,11,11,4,4,11,11,19,19,26,26,19,19,6,6,19,19,26,26,91,91,98,105,4,4,12,168,168,168,190,44,44,44,15,15,15,15,4,4,4,4,4,4,3,3,23,23,44,62,62,62,42,42,42,42,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,1,1,1,1,1,1,3,3,14,14,62,62,62,74,74,74,56,56,56,56,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,1,1,1,1,1,1,1,1,12,12,74,74,74,113,113,113,79,79,12,12,5,5,12,12,95,95,102,113,644","consts":[{"k":"keyword"},{"b":"get"},null,"there is no colour called",{"g":"show"},"- the colours are",{"b":"keys"},{"ss":["nil","rgba"]},{"k":"number"},255,"a colour is a keyword like :red, a gray level, (r, g, b) or (r, g, b, a), not"],"captures":[],"span":[1013,1657]},{"name":"forward!","doc":"Moves the turtle forward by a number of steps, drawing a line if the pen is down.","clauses":["(steps as :number)"],"code":[40,1,18,48,0,0,18,1,1,1,2,6,0,19,1,37,2,38,53],"spans":"1761,0,0,1,0,0,0,21,0,15,0,12,0,-1,0,-26,0,-22,-102;56,56,56,16,16,16,16,34,34,9,9,5,5,7,7,34,34,56,160","consts":[{"k":"number"},{"b":"turtle!"},"forward"],"captures":[],"span":[1659,1819]},{"name":"back!","doc":"Moves the turtle backwards by a number of steps, drawing a line if the pen is down.","clauses":["(steps as :number)"],"code":[40,1,18,48,0,0,18,1,1,1,2,6,0,19,1,37,2,38,53],"spans":"1922,0,0,1,0,0,0,21,0,15,0,9,0,-1,0,-23,0,-22,-101;53,53,53,16,16,16,16,31,31,6,6,5,5,7,7,31,31,53,156","consts":[{"k":"number"},{"b":"turtle!"},"back"],"captures":[],"span":[1821,1977]},{"name":"left!","doc":"Turns the turtle left (counterclockwise) by a number of turns: left! (0.25) is a quarter turn.","clauses":["(turns as :number)"],"code":[40,1,18,48,0,0,18,1,1,1,2,6,0,19,1,37,2,38,53],"spans":"2091,0,0,1,0,0,0,21,0,15,0,9,0,-1,0,-23,0,-22,-112;53,53,53,16,16,16,16,31,31,6,6,5,5,7,7,31,31,53,167","consts":[{"k":"number"},{"b":"turtle!"},"left"],"captures":[],"span":[1979,2146]},{"name":"right!","doc":"Turns the turtle right (clockwise) by a number of turns: right! (0.25) is a quarter turn.","clauses":["(turns as :number)"],"code":[40,1,18,48,0,0,18,1,1,1,2,6,0,19,1,37,2,38,53],"spans":"2256,0,0,1,0,0,0,21,0,15,0,10,0,-1,0,-24,0,-22,-108;54,54,54,16,16,16,16,32,32,7,7,5,5,7,7,32,32,54,164","consts":[{"k":"number"},{"b":"turtle!"},"right"],"captures":[],"span":[2148,2312]},{"name":"penup!","doc":"Lifts the pen: the turtle moves without drawing.","clauses":["()"],"code":[40,0,12,1,0,1,1,1,2,37,2,38,53],"spans":"2381,0,0,6,0,15,0,9,0,-24,0,-6,-67;33,33,33,27,27,7,7,2,2,27,27,33,102","consts":[{"b":"turtle!"},"penup",{"e":"list"}],"captures":[],"span":[2314,2416]},{"name":"pendown!","doc":"Puts the pen down: the turtle draws as it moves.","clauses":["()"],"code":[40,0,12,1,0,1,1,1,2,37,2,38,53],"spans":"2487,0,0,6,0,15,0,11,0,-26,0,-6,-69;35,35,35,29,29,9,9,2,2,29,29,35,106","consts":[{"b":"turtle!"},"pendown",{"e":"list"}],"captures":[],"span":[2418,2524]},{"name":"pencolor!","doc":"Sets the pen colour: a keyword from `colors`, a gray level 0-255, (r, g, b) or (r, g, b, a).","clauses":["(color)"],"code":[40,1,49,7,1,6,0,36,1,42,1,4,27,49,1,0,49,1,1,49,1,2,49,1,3,34,30,54,1,0,1,1,1,2,6,2,6,3,6,4,6,5,19,4,37,2,15,1,38,53],"spans":"2640,0,0,36,0,10,0,-10,0,-15,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,-14,0,0,0,0,40,0,15,0,13,0,3,0,3,0,3,0,-10,0,-27,0,-46,0,-11,-114;101,101,101,8,8,5,5,16,16,12,12,12,12,1,1,1,1,1,1,1,1,1,1,1,1,35,35,35,35,35,40,40,10,10,1,1,1,1,1,1,1,1,12,12,40,40,90,90,101,217","consts":["(r, g, b, a)",{"b":"turtle!"},"pencolor"],"captures":[],"span":[2526,2743]},{"name":"penwidth!","doc":"Sets the width of the pen, in steps.","clauses":["(width as :number)"],"code":[40,1,18,48,0,0,18,1,1,1,2,6,0,19,1,37,2,38,53],"spans":"2803,0,0,1,0,0,0,21,0,15,0,13,0,-1,0,-27,0,-22,-58;57,57,57,16,16,16,16,35,35,10,10,5,5,7,7,35,35,57,117","consts":[{"k":"number"},{"b":"turtle!"},"penwidth"],"captures":[],"span":[2745,2862]},{"name":"background!","doc":"Sets the background colour of the drawing (like pencolor!).","clauses":["(color)"],"code":[40,1,49,7,1,6,0,36,1,42,1,4,27,49,1,0,49,1,1,49,1,2,49,1,3,34,30,54,1,0,1,1,1,2,6,2,6,3,6,4,6,5,19,4,37,2,15,1,38,53],"spans":"2947,0,0,36,0,10,0,-10,0,-15,0,0,0,1,0,0,3,0,0,3,0,0,3,0,0,-14,0,0,0,0,40,0,15,0,15,0,3,0,3,0,3,0,-10,0,-29,0,-46,0,-11,-83;103,103,103,8,8,5,5,16,16,12,12,12,12,1,1,1,1,1,1,1,1,1,1,1,1,35,35,35,35,35,42,42,12,12,1,1,1,1,1,1,1,1,12,12,42,42,92,92,103,188","consts":["(r, g, b, a)",{"b":"turtle!"},"background"],"captures":[],"span":[2864,3052]},{"name":"home!","doc":"Sends the turtle back to the centre, heading up; draws a line if the pen is down.","clauses":["()"],"code":[40,0,12,1,0,1,1,1,2,37,2,38,53],"spans":"3153,0,0,6,0,15,0,8,0,-23,0,-6,-99;32,32,32,26,26,6,6,2,2,26,26,32,133","consts":[{"b":"turtle!"},"home",{"e":"list"}],"captures":[],"span":[3054,3187]},{"name":"clear!","doc":"Erases everything this turtle drew and sends it home.","clauses":["()"],"code":[40,0,12,1,0,1,1,1,2,37,2,38,53],"spans":"3261,0,0,6,0,15,0,9,0,-24,0,-6,-72;33,33,33,27,27,7,7,2,2,27,27,33,107","consts":[{"b":"turtle!"},"clear",{"e":"list"}],"captures":[],"span":[3189,3296]},{"name":"goto!","doc":"Moves the turtle to a point, given as x and y or as an (x, y) tuple; draws if the pen is down.","clauses":["(x as :number, y as :number)","((x as :number, y as :number))"],"code":[40,2,24,48,0,0,24,48,1,0,24,1,1,1,2,6,0,6,1,19,2,37,2,38,40,1,60,42,0,2,58,49,0,0,48,1,0,58,49,0,1,48,2,0,58,1,1,1,2,6,1,6,2,19,2,37,2,38,16,1,53],"spans":"3410,0,0,1,0,0,0,14,0,0,0,17,0,15,0,9,0,3,0,-4,0,-23,0,-32,65,0,0,1,0,0,0,1,0,0,0,0,0,0,14,0,0,0,0,0,0,18,0,15,0,9,0,3,0,-4,0,-23,0,-34,0,0,-177;62,62,62,12,12,12,12,12,12,12,12,30,30,6,6,1,1,1,1,6,6,30,30,62,64,64,64,28,28,28,28,12,12,12,12,12,12,12,12,12,12,12,12,12,12,30,30,6,6,1,1,1,1,6,6,30,30,64,64,64,243","consts":[{"k":"number"},{"b":"turtle!"},"goto"],"captures":[],"span":[3298,3541]},{"name":"hideturtle!","doc":"Hides the turtle (its lines stay).","clauses":["()"],"code":[40,0,12,1,0,1,1,1,2,37,2,38,53],"spans":"3601,0,0,6,0,15,0,14,0,-29,0,-6,-58;38,38,38,32,32,12,12,2,2,32,32,38,98","consts":[{"b":"turtle!"},"hideturtle",{"e":"list"}],"captures":[],"span":[3543,3641]},{"name":"showturtle!","doc":"Shows the turtle.","clauses":["()"],"code":[40,0,12,1,0,1,1,1,2,37,2,38,53],"spans":"3684,0,0,6,0,15,0,14,0,-29,0,-6,-41;38,38,38,32,32,12,12,2,2,32,32,38,81","consts":[{"b":"turtle!"},"showturtle",{"e":"list"}],"captures":[],"span":[3643,3724]},{"name":"turtle_state","doc":"The state of this process\'s turtle: a dict of :position :heading :pendown? :pencolor :penwidth :visible?","clauses":["()"],"code":[40,0,8,1,0,37,0,38,53],"spans":"4022,0,0,6,0,0,0,-6,-129;27,27,27,21,21,21,21,27,158","consts":[{"b":"turtle_state"}],"captures":[],"span":[3893,4051]},{"name":"position","doc":"Where this process\'s turtle is, as an (x, y) tuple.","clauses":["()"],"code":[40,0,10,7,25,36,0,31,0,38,53],"spans":"4125,0,0,6,0,0,0,16,0,-22,-72;31,31,31,12,12,25,25,9,9,31,105","consts":[{"k":"position"}],"captures":[],"span":[4053,4158]},{"name":"heading","doc":"Which way this process\'s turtle points, in turns (0 is up, 0.25 is right).","clauses":["()"],"code":[40,0,10,7,25,36,0,31,0,38,53],"spans":"4254,0,0,6,0,0,0,16,0,-22,-94;30,30,30,12,12,24,24,8,8,30,126","consts":[{"k":"heading"}],"captures":[],"span":[4160,4286]},{"name":"pendown?","doc":"Is this process\'s turtle\'s pen down?","clauses":["()"],"code":[40,0,10,7,25,36,0,31,0,38,53],"spans":"4345,0,0,6,0,0,0,16,0,-22,-57;31,31,31,12,12,25,25,9,9,31,90","consts":[{"k":"pendown?"}],"captures":[],"span":[4288,4378]},{"name":"pencolor","doc":"The colour of this process\'s turtle\'s pen, as (r, g, b, a).","clauses":["()"],"code":[40,0,10,7,25,36,0,31,0,38,53],"spans":"4460,0,0,6,0,0,0,16,0,-22,-80;31,31,31,12,12,25,25,9,9,31,113","consts":[{"k":"pencolor"}],"captures":[],"span":[4380,4493]},{"name":"penwidth","doc":"The width of this process\'s turtle\'s pen.","clauses":["()"],"code":[40,0,10,7,25,36,0,31,0,38,53],"spans":"4557,0,0,6,0,0,0,16,0,-22,-62;31,31,31,12,12,25,25,9,9,31,95","consts":[{"k":"penwidth"}],"captures":[],"span":[4495,4590]}]}]}'});function Dt(){return bn||(bn=A0(JSON.parse(Ri)),bn)}function A0(s){let e=performance.now(),t=Oa();for(let[m,c]of Da())t.set(m,c);let n=null,r=()=>n??=Na(t),a=new Map,i=[],l=0,o=new ce("prelude",Hn),u=new tt({budget:1e9,messageLog:0});$0.forEach(([m,c],b)=>{o=new ce(m,c);let d=new xe,x,j=s?.version===Hs&&s.ops===Ks()?s.parts[b]:void 0;if(j&&j.name===m&&j.text===c)x=Ws(j,o,d,t,a),l++;else{let f=new Map([...a,["base",r()]]),h=et(o),w=mn(h,{prelude:new Set(f.keys())});x=en(h,w,{prelude:f,globals:d,isPrelude:!0})}i.push({name:m,text:c,main:x,globals:d});let U=u.startProcess(new H(x,[],d),null);for(;U.alive&&u.stepAlone(););if(U.status!=="done")throw U.error??new _("internal",`the prelude (${m}) did not finish loading`);for(let f=0;f<d.names.length;f++){let h=d.values[f];h!==void 0&&a.set(d.names[f],h)}});let p=null;return{values:a,get trusted(){return p??=new Map([...a,["base",r()]])},names:new Set(a.keys()),primitives:t,source:o,loadMs:performance.now()-e,parts:i,fromImage:l}}var bn,$0,gn=O(()=>{Ra();Ta();ft();Qn();Xs();Zn();re();ws();ys();kr();Oe();qe();Kn();Ti();bn=null,$0=[["prelude",Hn],["prelude/turtle",Ea]]});function Fe(s,e={}){let t=new ce(e.file??"<input>",R0(s),e.url??null);try{let n=Dt(),r=et(t),a=e.trusted?n.trusted:n.values,i=e.globals,l=new Map;if(i)for(let[m,c]of i.index)i.values[c]!==void 0&&l.set(m,c);let o=mn(r,{prelude:e.trusted?new Set(a.keys()):n.names,globals:i?l:void 0,allowRebind:i!==void 0}),u=i??new xe;return{proto:en(r,o,{prelude:a,globals:u,testMode:e.testMode,fastOps:e.fastOps,isPrelude:e.trusted}),globals:u,source:t}}catch(n){throw n instanceof _?n:n instanceof RangeError&&/call stack/i.test(n.message)?new _("limit","this program nests too deeply for Ludus to read",t,{start:0,end:0}):Be(n)}}function R0(s){return s.charCodeAt(0)===65279?s.slice(1):s}var _s=O(()=>{Zn();Oe();kr();re();ft();ws();gn()});function xn(s){if(s==null)return null;switch(typeof s){case"boolean":case"number":case"string":return s}if(s instanceof G||s instanceof R||s instanceof $||s instanceof q||s instanceof V||s instanceof J||s instanceof ne)return s;if(Array.isArray(s))return $.from(s.map(xn));if(typeof s=="object"){let e=be;for(let[t,n]of Object.entries(s))e=e.set(L(t),xn(n));return e}return C(null)}function Ut(s){if(s===null||typeof s!="object")return s;if(s instanceof G)return":"+s.name;if(s instanceof R)return s.items.map(Ut);if(s instanceof $)return s.toArray().map(Ut);if(s instanceof V)return s.map.keysArray().map(Ut);if(s instanceof q||s instanceof J){let e=s instanceof J?s.dict:s,t={};return e.map.each((n,r)=>t[r.name]=Ut(n)),t}return C(s)}var vr=O(()=>{we();le()});var Pi,Ci=O(()=>{Pi=`&&& observe: the scheduler and its processes as ordinary Ludus values.
& Use it with:  import "observe" as observe
& then call:    observe :processes ()   observe :info (pid)   observe :stack (pid) ...
& Every function that takes a pid also takes a box (it observes the box's process).

fn processes {
  "Every live process, as a list of pids (boxes included)."
  () -> base :observe_processes ()
}

fn info {
  "A dict about a process: :pid :name :status :reductions :mailbox :current :links :monitors :parent :spawned_at :messages_in :messages_out :memory."
  (pid) -> base :observe_info (pid)
}

fn stack {
  "The live call frames of a process, innermost first: each #\\{:fn :line :file :args}. Reading it does not pause or change the process."
  (pid) -> base :observe_stack (pid)
}

fn mailbox {
  "The messages waiting in a process's mailbox, oldest first."
  (pid) -> base :observe_mailbox (pid)
}

fn scheduler {
  "The scheduler's counters: :processes :runnable :waiting :sleeping :reductions :slices :budget :clock :longest_slice."
  () -> base :observe_scheduler ()
}

fn trace! {
  "From now on, the caller receives (:trace, pid, event) messages about the process: (:call, name, args), (:send, to, msg), (:receive, msg), (:spawn, child), (:exit, result)."
  (pid) -> base :observe_trace (pid)
}

fn untrace! {
  "Stops the trace messages that trace! started."
  (pid) -> base :observe_untrace (pid)
}

fn messages {
  "The recent messages a process sent and received, oldest first (the last 100, or n): each #\\{:id :dir :peer :msg :at :cause}."
  (pid) -> base :observe_messages (pid, 100)
  (pid, n as :number) -> base :observe_messages (pid, n)
}

fn top {
  "The n busiest processes (by reductions), as info dicts."
  () -> base :observe_top (10)
  (n as :number) -> base :observe_top (n)
}

fn history {
  "The values a box has held, oldest first, starting with its first value: each #\\{:value :at :time :by}."
  (b as :box) -> base :observe_history (b)
}

pkg Observe {
  processes
  info
  stack
  mailbox
  scheduler
  :trace! trace!
  :untrace! untrace!
  messages
  top
  history
}

Observe
`});var wn,Ii=O(()=>{Ci();wn=Object.freeze({observe:Pi})});var wt,kn,Mi,Oi=O(()=>{re();Ii();je();qe();ct();wt="ludus:std/",kn=class{#e;#t;#s;#n=new Map;#r=new Map;mainUrl=null;constructor(e,t,n){this.#e=e,this.#t=t,this.#s=n,e.useModules({import:(r,a,i)=>this.import(r,a,i),exited:r=>this.#o(r)})}resolve(e,t){if(!e.includes("/")&&!e.includes(".")&&!e.includes(":")){if(!(e in wn))throw new D(`there is no standard module called "${e}" (the standard modules are: ${Object.keys(wn).join(", ")})`,"import");return wt+e}let n=t.source.url;try{return new URL(e,n??void 0).href}catch{throw new D(n===null?`cannot import "${e}": this script has no file or URL to resolve it against`:`cannot import "${e}": it is not a valid path`,"import")}}#a(e){for(let t=e;t!==null;t=t.parent){let n=this.#r.get(t);if(n)return n.chain}return this.mainUrl?[this.mainUrl]:[]}#i(e){if(e.startsWith(wt))return e.slice(wt.length);let t=this.#n.get(e);if(t)return t.display;if(this.mainUrl){let n=this.mainUrl.slice(0,this.mainUrl.lastIndexOf("/")+1);if(e.startsWith(n))return e.slice(n.length)}return e.startsWith("file://")?decodeURIComponent(new URL(e).pathname):e}import(e,t,n){let r=this.resolve(t,n),a=this.#a(e),i=this.#n.get(r);if(i){if(i.status==="done")return i.value;if(i.status==="failed")throw new D(`importing "${t}" failed: ${i.error?.message??"?"}`,"import");if(a.includes(r))throw this.#h(a,r);return i.waiters.push(e),e.status="waiting",$e}if(a.includes(r))throw this.#h(a,r);let l={url:r,display:r.startsWith(wt)?r.slice(wt.length):this.#m(r,t),status:"loading",value:null,error:null,waiters:[e],chain:[...a,r],proc:null};if(this.#n.set(r,l),e.status="waiting",r.startsWith(wt))this.#c(l,wn[r.slice(wt.length)],e,!0);else{if(this.#t===null)throw this.#l(l,new _("import",`cannot import "${t}": this runtime cannot read files or URLs`)),e.status="running",new D(`importing "${t}" failed: this runtime cannot read files or URLs`,"import");this.#e.hold(this.#t.load(r).then(o=>this.#c(l,o,e,!1),o=>this.#l(l,o instanceof _?o:new _("import",`cannot load ${r}: ${o}`))))}return $e}#m(e,t){if(this.mainUrl){let n=this.mainUrl.slice(0,this.mainUrl.lastIndexOf("/")+1);if(e.startsWith(n))return decodeURIComponent(e.slice(n.length))}return e.startsWith("file://")?t:e}#h(e,t){let n=e.indexOf(t),r=[...e.slice(n),t].map(a=>this.#i(a));return new D(`these modules import each other in a cycle: ${r.join(" \u2192 ")}`,"import")}#c(e,t,n,r){let a;try{a=this.#s(t,{file:e.display,url:e.url,trusted:r})}catch(l){let o=l instanceof _?l:new _("import",String(l));this.#e.host.report?.(`module ${e.display} could not be compiled`,o),this.#l(e,o);return}let i=this.#e.startProcess(new H(a.proto,[],a.globals),n);i.name=e.display,i.spawnFile=e.display,e.proc=i,e.status="running",this.#r.set(i,e)}#o(e){let t=this.#r.get(e);if(t)if(this.#r.delete(e),e.status==="done"){t.status="done",t.value=e.result;let n=t.waiters;t.waiters=[];for(let r of n)this.#e.resume(r,t.value)}else this.#l(t,e.error??new _("import","the module panicked"))}#l(e,t){e.status="failed",e.error=t;let n=e.waiters;e.waiters=[];for(let r of n){if(!r.alive)continue;let a=t.location(),i=`importing "${e.display}" failed: ${t.message}${a?` (at ${a})`:""}`;this.#e.fail(r,Us(r,i,"import"))}}},Mi={async load(s){let e;try{e=await fetch(s)}catch(t){let n=t instanceof Error?t.message:String(t),r=/NotCapable|permission|Requires/i.test(n)?` (Deno needs ${s.startsWith("file:")?"--allow-read":"--allow-net"} for this)`:"";throw new _("import",`cannot import ${s}: ${n}${r}`)}if(!e.ok)throw await e.body?.cancel(),new _("import",`cannot import ${s}: the server answered ${e.status}`);return await e.text()}}});function kt(s,e){if(s.length<=e)return s;let t=s.length>_r?`over ${_r.toLocaleString("en-US")}`:s.length.toLocaleString("en-US");return`${s.slice(0,e).trimEnd()} \u2026 (${t} characters in all; print! shows everything)`}function Sr(s){return C(s,{truncate:_r})}async function Ni(s,e,t){let n=s.scheduler,r=await s.runMain(e,t),a=[];if(r.error)return{script:r,tests:a};for(let i of n.tests){let l=i.fn.proto,o=l.chunk.source.position(l.span.start),u=n.startProcess(i.fn,null);u.name=`test "${i.name}"`,await n.runUntil(()=>!u.alive);let p={name:i.name,file:l.chunk.source.name,line:o.line,passed:!1,problem:null,error:null};u.status==="done"?(p.passed=u.result!==null&&u.result!==!1,p.passed||(p.problem=`its value was ${C(u.result)}`)):u.status==="panicked"?(p.error=u.error,p.problem=`it panicked: ${u.error?.message??"?"}`):p.problem=`it never finished (it is ${u.status})`,a.push(p)}return{script:r,tests:a}}var _r,st,zt=O(()=>{re();vr();we();qe();Qe();Oi();ys();_s();_r=1e6;st=class{scheduler;options;#e=[];modules;hostPid;onMessage=null;constructor(e={}){this.options=e,this.scheduler=new tt(e),this.modules=new kn(this.scheduler,e.moduleHost??Mi,Fe),this.hostPid=this.scheduler.hostProcess(t=>{this.onMessage?this.onMessage(t):this.#e.push(t)}).pid}async evaluate(e,t){let n=this.compile(e,t),r=this.scheduler.startProcess(new H(n.proto,[],n.globals),null);if(r.name=t??"evaluate",await this.scheduler.runUntilIdle(),r.status==="done")return r.result;throw r.status==="panicked"?r.error:this.scheduler.stopped??new _("deadlock",`${r.name} did not finish: it is ${r.status}`)}spawn(e,t=[]){return this.scheduler.startProcess(e,null,t).pid}send(e,t){this.scheduler.send(this.hostPid.proc,e,xn(t))}stop(e){this.scheduler.stop(e)}get console(){return this.scheduler.console}get turtles(){return this.scheduler.turtles}processes(){return[...this.scheduler.processes()].map(e=>Ce(e))}stats(){return qs(this.scheduler)}inspect(e){let t=typeof e=="number"?this.#t(e):e.proc??this.#t(e.id);return t===null?typeof e=="number"||e.final===null?null:{info:js(e),stack:[],mailbox:[],messages:this.scheduler.messagesOf(e,20),history:null,result:e.final.result,error:null}:{info:Ce(t),stack:Ve(t),mailbox:Et(t,20),messages:this.scheduler.messagesOf(t.pid,20),history:t.box?t.box.history:null,result:t.status==="done"?t.result:null,error:t.error}}#t(e){let t=this.scheduler,n=t.procs.get(e);if(n)return n;for(let r=t.allProcs.length-1;r>=0;r--)if(t.allProcs[r].id===e)return t.allProcs[r];return null}step(){return this.scheduler.stepAlone()}runUntilIdle(){return this.scheduler.runUntilIdle()}compile(e,t){return Fe(e,{...this.options,file:t??this.options.file})}startMain(e){let t=this.scheduler.startProcess(new H(e.proto,[],e.globals),null);return t.spawnFile=e.source.name,this.scheduler.main=t,this.modules.mainUrl=e.source.url,t.pid}async runMain(e,t){let n;try{let r=this.compile(e,t);this.startMain(r),n=await this.scheduler.runToEnd()}catch(r){let a=r instanceof _?r:Be(r);return{result:null,value:null,console:this.scheduler.console,error:a}}return{result:n.error?null:Sr(n.value),value:n.value,console:this.scheduler.console,error:n.error}}takeHostMessages(){return this.#e.splice(0)}async receive(){return this.#e.length===0&&await this.scheduler.runUntil(()=>this.#e.length>0),this.#e.length>0?this.#e.shift():null}}});var jt,$r=O(()=>{re();zt();_s();Oe();qe();jt=class{runtime;globals=new xe;entries=[];#e;constructor(e={},t={}){this.runtime=new st(e),this.runtime.scheduler.quiet(),this.#e=t}names(){return[...this.globals.index.entries()].filter(([,e])=>this.globals.values[e]!==void 0).map(([e])=>e)}async run(e,t,n){let r=this.runtime,a=r.scheduler,i=this.entries.length+1,l=t??`block ${i}`,o=a.console.length,u=a.turtles.length,p=new Map(this.globals.index),m={index:i,result:null,value:null,console:[],error:null,pid:0,bound:[],turtles:[],processes:[],reductions:0},c=null;try{let b=Fe(e,{...r.options,file:l,globals:this.globals});c=a.startProcess(new H(b.proto,[],this.globals),null),c.name=n??l,m.pid=c.id;let d=c.id,x=this.#e.timeoutMs??5e3,k=this.#e.maxReductions??5e7,j=performance.now()+x,U=c,f=await a.runUntil(()=>!U.alive||performance.now()>j||U.reductions>k);if(U.alive){let h=U.reductions>k?`this block used more than ${k} reductions and was stopped`:f==="idle"?"this block waits for a message that no process can ever send, so it was stopped":U.status==="waiting"?`this block waited more than ${x} ms for a message and was stopped`:`this block ran longer than ${x} ms and was stopped`;a.fail(U,new _("limit",h,null,null,{pid:U.id}))}U.status==="done"?(m.value=U.result,m.result=Sr(U.result)):m.error=U.error,m.reductions=U.reductions;for(let h of a.procs.values())h.id>=d&&m.processes.push({pid:h.id,name:h.name,status:h.status,reductions:h.reductions});m.processes.some(h=>h.pid===U.id)||m.processes.unshift({pid:U.id,name:U.name,status:U.status,reductions:U.reductions})}catch(b){m.error=b instanceof _?b:new _("internal",String(b))}for(let[b,d]of this.globals.index)p.get(b)!==d&&(this.globals.values[d]!==void 0?m.bound.push(b):p.has(b)?this.globals.index.set(b,p.get(b)):this.globals.index.delete(b));return m.console=a.console.slice(o),m.turtles=a.turtles.slice(u),this.entries.push(m),m}}});var zi={};$n(zi,{ECHO_MAX:()=>Ui,denoReplIO:()=>O0,needsMore:()=>Di,runRepl:()=>P0});function Di(s){if(s.trim()==="")return!1;try{return et(new ce("<repl>",s)),!1}catch(e){return e instanceof _?/found the end of the file|is never closed/.test(e.message):!1}}async function P0(s,e={}){let t=e.paint,n=new jt({...e.runtime,host:{print:l=>s.out(l+`
`),report:(l,o)=>a.push({text:l,err:o})}},e.limits),r=n.runtime.scheduler,a=[];s.interactive&&s.out(`Ludus ${e.version??""} REPL. :help for commands, :quit or Ctrl-D to leave.
`.replace("  "," "));let i=0;for(;;){let l=await s.readLine("ludus> ");if(l===null)break;let o=l.trim();if(o==="")continue;if(o.startsWith(":")){if(I0(o,n,s)==="quit")return 0;continue}let u=l;for(;Di(u);){let x=await s.readLine("   ..> ");if(x===null)break;u+=`
`+x}i++;let p=`entry ${i}`,m=null,c=()=>{m&&m.alive&&r.fail(m,new _("limit","this entry was stopped (Ctrl-C)",null,null,{pid:m.id}))},b=n.run(u,p);for(let x of r.procs.values())x.name===p&&(m=x);s.running?.(!0,c);let d;try{d=await b}finally{s.running?.(!1,c)}for(let{text:x,err:k}of a.splice(0))k&&k.pid===d.pid||s.err(x+`
`+(k?ue(k,t)+`
`:""));d.error?s.err(ue(d.error,t)+`
`):s.out(kt(d.result??"nil",Ui)+`
`)}return 0}function Ar(s,e,t){let n=/^(?:<pid\s*)?(\d+)>?$/.exec((s??"").trim());if(!n)return t.err(`which process? give its number, e.g. :info 3
`),null;let r=e.runtime.scheduler.procs.get(Number(n[1]));return r||(t.err(`there is no live process <pid ${n[1]}> (:processes lists them)
`),null)}function I0(s,e,t){let[n,...r]=s.split(/\s+/),a=r.join(" "),i=e.runtime.scheduler;switch(n){case":q":case":quit":case":exit":return"quit";case":h":case":help":case":?":return t.out(C0+`
`),null;case":ps":case":processes":case":observe":{let l=[...i.procs.values()];return l.length===0?(t.out(`no live processes
`),null):(t.out(Lt(l.map(o=>Ye(o)))+`
`),t.out(`${l.length} live process${l.length===1?"":"es"}; ${i.totalReductions} reductions in ${i.slices} slices
`),null)}case":info":{let l=Ar(a,e,t);return l&&Mt(Ce(l)).map.each((u,p)=>t.out(`${p.name.padEnd(13)} ${C(u)}
`)),null}case":stack":{let l=Ar(a,e,t);if(!l)return null;let o=Ve(l);o.length===0&&t.out(`<pid ${l.id}> has no frames (it is ${l.status})
`);for(let u of o){let p=u.tailCalls>0?` (${u.tailCalls} tail calls)`:"";t.out(`${u.fn} ${C(new R(u.args))}  at ${u.file}:${u.line}${p}
`)}return null}case":messages":{let l=Ar(a,e,t);if(!l)return null;let o=e.runtime.scheduler.messagesOf(l.pid,20);o.length===0&&t.out(`<pid ${l.id}> has sent and received no messages
`);for(let u of o){let p=u.dir==="in"?"<- from":"-> to  ";t.out(`#${u.id} ${p} ${C(u.peer)}: ${C(u.msg)}
`)}return null}case":names":{let l=e.names();return t.out(l.length===0?`nothing bound yet
`:l.join(" ")+`
`),null}}return t.err(`unknown command ${n}: :help lists the commands
`),null}function yt(s,e){let t=M0.encode(e),n=0;for(;n<t.length;)n+=s.writeSync(t.subarray(n))}function O0(){let s=Deno.stdin.isTerminal(),e=a=>yt(Deno.stdout,a),t=a=>yt(Deno.stderr,a);if(!s){let a=new Rr;return{readLine:()=>a.readLine(),out:e,err:t,interactive:s}}let n=new Tr,r=null;return{readLine:a=>n.readLine(a),out:e,err:t,interactive:s,running(a,i){try{a?(r=i,Deno.addSignalListener("SIGINT",i)):r&&(Deno.removeSignalListener("SIGINT",r),r=null)}catch{}}}}var Ui,C0,M0,Rr,Tr,ji=O(()=>{ft();re();Xs();Qe();Fs();ws();zt();$r();we();le();Ui=4e3,C0=`Type Ludus; each entry runs as its own process and keeps its bindings.
An entry goes on to the next line while a bracket or string is open or it is unfinished.
Commands:
  :processes        the live processes (also :ps, :observe)
  :info PID         everything about a process (PID is a number: 3 or <pid 3>)
  :stack PID        its call frames, innermost first, with their arguments
  :messages PID     the messages it recently sent and received
  :names            the names bound so far
  :help             this help
  :quit             leave (also Ctrl-D)`;M0=new TextEncoder;Rr=class{#e="";#t=!1;#s=new TextDecoder;async readLine(){for(;;){let e=this.#e.indexOf(`
`);if(e>=0){let r=this.#e.slice(0,e).replace(/\r$/,"");return this.#e=this.#e.slice(e+1),r}if(this.#t){if(this.#e==="")return null;let r=this.#e;return this.#e="",r}let t=new Uint8Array(16384),n=await Deno.stdin.read(t);n===null?(this.#t=!0,this.#e+=this.#s.decode()):this.#e+=this.#s.decode(t.subarray(0,n),{stream:!0})}}},Tr=class{history=[];#e=[];#t=new TextDecoder;async#s(){if(this.#e.length>0)return this.#e.shift();let e=new Uint8Array(1024),t=await Deno.stdin.read(e);if(t===null)return null;let r=this.#t.decode(e.subarray(0,t),{stream:!0}).match(/\x1b\[[0-9;]*[A-Za-z~]|\x1bO[A-Za-z]|\x1b.|[\s\S]/gu)??[];return this.#e.push(...r),this.#e.shift()??""}async readLine(e){let t=[],n=0,r=this.history.length,a=[],i=()=>{let l=t.length-n;yt(Deno.stdout,`\r\x1B[2K${e}${t.join("")}${l>0?`\x1B[${l}D`:""}`)};Deno.stdin.setRaw(!0);try{for(i();;){let l=await this.#s();if(l===null)return null;switch(l){case"\r":case`
`:{yt(Deno.stdout,`\r
`);let o=t.join("");return o.trim()!==""&&this.history[this.history.length-1]!==o&&(this.history.push(o),this.history.length>1e3&&this.history.shift()),o}case"":yt(Deno.stdout,`^C\r
`),t=[],n=0,r=this.history.length,i();break;case"":if(t.length===0)return yt(Deno.stdout,`\r
`),null;n<t.length&&t.splice(n,1),i();break;case"\x7F":case"\b":n>0&&(t.splice(n-1,1),n--),i();break;case"\x1B[3~":n<t.length&&t.splice(n,1),i();break;case"\x1B[A":case"\x1BOA":r>0&&(r===this.history.length&&(a=t),r--,t=[...this.history[r]],n=t.length),i();break;case"\x1B[B":case"\x1BOB":r<this.history.length&&(r++,t=r===this.history.length?a:[...this.history[r]],n=t.length),i();break;case"\x1B[C":case"\x1BOC":n<t.length&&n++,i();break;case"\x1B[D":case"\x1BOD":n>0&&n--,i();break;case"":case"\x1B[H":case"\x1B[1~":case"\x1BOH":n=0,i();break;case"":case"\x1B[F":case"\x1B[4~":case"\x1BOF":n=t.length,i();break;case"":t=t.slice(n),n=0,i();break;case"\v":t=t.slice(0,n),i();break;case"\f":yt(Deno.stdout,"\x1B[H\x1B[2J"),i();break;case"	":t.splice(n,0," "," "),n+=2,i();break;default:if(l.startsWith("\x1B")||l<" ")break;t.splice(n,0,l),n++,i()}}}finally{Deno.stdin.setRaw(!1)}}}});var Bi={};$n(Bi,{NOTEBOOK_CSS:()=>_n,NOTEBOOK_RESULT_MAX:()=>Ss,NotebookRunner:()=>Ft,blockHtml:()=>Ji,errorJson:()=>B0,escapeHtml:()=>B,inlineSvg:()=>yn,markdownToHtml:()=>vn,parseNotebook:()=>Cr,renderHtml:()=>W0,renderMarkdown:()=>J0,runNotebook:()=>D0,toplevelNames:()=>Wi});function N0(s){return/^ludus(\s|$|\{)/i.test(s.trim())}function Cr(s,e="notebook.md"){let t=s.replace(/\r\n?/g,`
`).split(`
`);t.length>0&&t[t.length-1]===""&&t.pop();let n=[],r=[],a=[],i=1,l=u=>{for(;a.length>0&&a[a.length-1].trim()==="";)a.pop();let p=a.findIndex(m=>m.trim()!=="");p>=0&&n.push({kind:"prose",text:a.slice(p).join(`
`),line:i+p}),a=[],i=u},o=0;for(;o<t.length;){let u=t[o];if(u.trim()===Fi){let m=o+1;for(;m<t.length&&t[m].trim()!==Ki;)m++;if(m<t.length){o=m+1,o<t.length&&t[o].trim()===""&&o++;continue}}let p=Er.exec(u);if(p){let m=p[2],c=p[3].trim(),b=o+1,d=new RegExp(`^ {0,3}${m[0]==="`"?"`":"~"}{${m.length},}\\s*$`);for(;b<t.length&&!d.test(t[b]);)b++;if(N0(c)){l(b+2);let x=p[1].length,k=t.slice(o+1,b).map(U=>Hi(U,x)),j={kind:"code",index:r.length+1,source:k.join(`
`),line:o+2,info:c};r.push(j),n.push(j)}else a.push(...t.slice(o,Math.min(b+1,t.length)));o=b+1;continue}a.push(u),o++}return l(t.length+1),{name:e,parts:n,blocks:r}}function Hi(s,e){let t=0;for(;t<e&&s[t]===" ";)t++;return s.slice(t)}function Wi(s){let e;try{e=et(new ce("<names>",s)).exprs}catch{return[]}let t=[],n=r=>{switch(r.kind){case"pword":t.push(r.name);break;case"ptyped":n(r.inner);break;case"ptuple":case"plist":r.items.forEach(n),r.rest?.name&&t.push(r.rest.name);break;case"pdict":for(let a of r.entries)n(a.pattern);r.rest?.name&&t.push(r.rest.name);break}};for(let r of e)switch(r.kind){case"let":n(r.pattern);break;case"fn":r.name&&t.push(r.name);break;case"fndecl":case"box":case"pkg":case"import":t.push(r.name);break}return[...new Set(t)]}function yn(s){return s.replace(/^<\?xml[^>]*\?>\s*/,"").trimEnd()}async function D0(s,e={}){let{limits:t,onBlock:n,...r}=e,a=new Ft(s.name,r,t),i=[];for(let l of s.blocks){let o=await a.run(l);i.push(o),n?.(o)}return{notebook:s,outcomes:i,session:a.session}}function B(s){return s.replace(/[&<>"']/g,e=>U0[e])}function z0(s){let e=s.trim();return/^(https?:|mailto:)/i.test(e)?e:/^[a-z][a-z0-9+.-]*:/i.test(e)?null:e}function qt(s){let e="",t=0,n=s.length;for(;t<n;){let r=s[t];if(r==="\\"&&t+1<n&&j0.test(s[t+1])){e+=B(s[t+1]),t+=2;continue}if(r==="\\"&&s[t+1]===`
`){e+=`<br>
`,t+=2;continue}if(r==="`"){let a=t;for(;s[a]==="`";)a++;let i=s.slice(t,a),l=s.indexOf(i,a);if(l>=0&&s[l+i.length]!=="`"){let o=s.slice(a,l).replace(/\n/g," ");/^ .* $/.test(o)&&o.trim()!==""&&(o=o.slice(1,-1)),e+=`<code>${B(o)}</code>`,t=l+i.length;continue}e+=B(i),t=a;continue}if(r==="!"&&s[t+1]==="["||r==="["){let a=r==="!",i=F0(s,a?t+1:t);if(i){let l=z0(i.url);l!==null?e+=a?`<img src="${B(l)}" alt="${B(i.label)}">`:`<a href="${B(l)}">${qt(i.label)}</a>`:e+=a?B(i.label):qt(i.label),t=i.end;continue}}if(r==="<"){let a=/^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(s.slice(t));if(a){e+=`<a href="${B(a[1])}">${B(a[1])}</a>`,t+=a[0].length;continue}}if(r==="*"||r==="_"){let a=s[t+1]===r,i=a?r+r:r,l=t+i.length,o=t>0?s[t-1]:" ";if(l<n&&!/\s/.test(s[l])&&(r==="*"||!/[A-Za-z0-9]/.test(o))){let p=q0(s,l,i);if(p>l){let m=a?"strong":"em";e+=`<${m}>${qt(s.slice(l,p))}</${m}>`,t=p+i.length;continue}}}if(r===" "&&s.startsWith(`  
`,t)){let a=t;for(;s[a]===" ";)a++;if(s[a]===`
`){e+=`<br>
`,t=a+1;continue}}e+=B(r),t++}return e}function q0(s,e,t){let n=e;for(;n<s.length;){if(s[n]==="`"){let r=n;for(;s[r]==="`";)r++;let a=s.indexOf(s.slice(n,r),r);n=a<0?r:a+(r-n);continue}if(s[n]==="\\"){n+=2;continue}if(s.startsWith(t,n)&&!/\s/.test(s[n-1])){let r=s[n+t.length],a=r===t[0];if(!a&&(t[0]==="*"||r===void 0||!/[A-Za-z0-9]/.test(r)))return n;if(a&&t.length===1){n+=2;continue}}n++}return-1}function F0(s,e){let t=0,n=e;for(;n<s.length;n++){let l=s[n];if(l==="\\"){n++;continue}if(l==="[")t++;else if(l==="]"&&--t===0)break}if(n>=s.length||s[n+1]!=="(")return null;let r=s.indexOf(")",n+2);if(r<0)return null;let i=s.slice(n+2,r).trim().replace(/\s+"[^"]*"$/,"").replace(/^<(.*)>$/,"$1");return/\s/.test(i)?null:{label:s.slice(e+1,n),url:i,end:r+1}}function vn(s){return Lr(s.replace(/\r\n?/g,`
`).split(`
`)).join(`
`)}function Lr(s){let e=[],t=0,n=a=>a===void 0||a.trim()==="",r=a=>/^ {0,3}#{1,6}(\s|$)/.test(a)||Er.test(a)||/^ {0,3}>/.test(a)||/^ {0,3}([-*_])( *\1){2,} *$/.test(a)||vt.test(a);for(;t<s.length;){let a=s[t];if(n(a)){t++;continue}let i=/^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(a);if(i){let p=i[1].length;e.push(`<h${p}>${qt(i[2]??"")}</h${p}>`),t++;continue}if(/^ {0,3}([-*_])( *\1){2,} *$/.test(a)){e.push("<hr>"),t++;continue}let l=Er.exec(a);if(l){let p=l[2],m=l[3].trim().split(/\s+/)[0],c=new RegExp(`^ {0,3}${p[0]==="`"?"`":"~"}{${p.length},}\\s*$`),b=t+1;for(;b<s.length&&!c.test(s[b]);)b++;let d=s.slice(t+1,b).map(k=>Hi(k,l[1].length)).join(`
`),x=m?` class="language-${B(m)}"`:"";e.push(`<pre><code${x}>${B(d)}${d?`
`:""}</code></pre>`),t=b+1;continue}if(/^ {4}/.test(a)){let p=[];for(;t<s.length&&(/^ {4}/.test(s[t])||n(s[t]));)p.push(s[t].slice(4)),t++;for(;p.length>0&&p[p.length-1].trim()==="";)p.pop();e.push(`<pre><code>${B(p.join(`
`))}
</code></pre>`);continue}if(/^ {0,3}>/.test(a)){let p=[];for(;t<s.length&&!n(s[t]);)p.push(s[t].replace(/^ {0,3}> ?/,"")),t++;e.push(`<blockquote>
${Lr(p).join(`
`)}
</blockquote>`);continue}let o=vt.exec(a);if(o){let p=/\d/.test(o[2]),m=p?parseInt(o[2],10):1,c=[],b=!1;for(;t<s.length;){let k=vt.exec(s[t]);if(!k||/\d/.test(k[2])!==p)break;let j=k[0].length===k[1].length+k[2].length?k[0].length+1:k[0].length,U=[s[t].slice(k[0].length)];for(t++;t<s.length;){let f=s[t];if(n(f)){let w=t;for(;w<s.length&&n(s[w]);)w++;if(w<s.length&&/^\s*/.exec(s[w])[0].length>=j){for(b=!0;t<w;t++)U.push("");continue}w<s.length&&vt.exec(s[w])&&/\d/.test(vt.exec(s[w])[2])===p&&(b=!0);break}if(/^\s*/.exec(f)[0].length>=j)U.push(f.slice(j));else{if(vt.test(f)||r(f))break;U.push(f.trim())}t++}for(c.push(U);t<s.length&&n(s[t]);){let f=s.slice(t).find(w=>!n(w)),h=f===void 0?null:vt.exec(f);if(!h||/\d/.test(h[2])!==p)break;t++}}let d=p?"ol":"ul",x=p&&m!==1?` start="${m}"`:"";e.push(`<${d}${x}>`);for(let k of c){let j=Lr(k);b||(j=j.map(U=>U.replace(/^<p>([\s\S]*)<\/p>$/,"$1"))),e.push(`<li>${j.join(`
`)}</li>`)}e.push(`</${d}>`);continue}let u=[];for(;t<s.length&&!n(s[t])&&(u.length===0||!r(s[t]));)u.push(s[t].replace(/^\s+/,"")),t++;e.push(`<p>${qt(u.join(`
`).replace(/\s+$/,""))}</p>`)}return e}function K0(s){for(let e of s.parts){if(e.kind!=="prose")continue;let t=/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(e.text);if(t)return t[1].replace(/[*_`]/g,"")}return s.name}function Ji(s){let e=s.entry,t=s.block,n=[];n.push(`<section class="block ${H0[s.status]}" id="block-${t.index}" data-status="${s.status}">`);let r=e.pid?` \xB7 <span class="pid">&lt;pid ${e.pid}&gt;</span>`:"",a=e.pid?` \xB7 ${e.reductions} reduction${e.reductions===1?"":"s"}`:"";n.push(`<div class="block-head"><span class="label">block ${t.index}</span>${r} \xB7 <span class="status">${s.status}</span>${a} \xB7 line ${t.line}</div>`),n.push(`<pre class="source"><code class="language-ludus">${B(t.source)}</code></pre>`),e.console.length>0&&n.push(`<pre class="console">${B(e.console.join(`
`))}</pre>`),s.svg&&n.push(`<figure class="turtle">${s.svg}</figure>`),e.result!==null&&n.push(`<pre class="result"><span class="arrow">\u21D2</span> ${B(kt(e.result,Ss))}</pre>`),s.note&&n.push(`<p class="note">${qt(s.note)}</p>`),s.errorText!==null&&n.push(`<pre class="error">${B(s.errorText)}</pre>`);for(let i of s.reports)n.push(`<pre class="report">${B(i)}</pre>`);if(e.processes.length>0){n.push(`<details class="processes"${e.processes.length>1?" open":""}>`),n.push(`<summary>${e.processes.length} process${e.processes.length===1?"":"es"}${e.bound.length>0?` \xB7 binds ${e.bound.map(i=>`<code>${B(i)}</code>`).join(", ")}`:""}</summary>`),n.push("<table><thead><tr><th>pid</th><th>name</th><th>status</th><th>reductions</th></tr></thead><tbody>");for(let i of e.processes)n.push(`<tr><td>&lt;pid ${i.pid}&gt;</td><td>${B(i.name??"")}</td><td class="st-${B(i.status)}">${B(i.status)}</td><td class="num">${i.reductions}</td></tr>`);n.push("</tbody></table></details>")}return n.push("</section>"),n.join(`
`)}function W0(s,e={}){let t=s.notebook,n=e.title??K0(t),r=new Map(s.outcomes.map(l=>[l.block.index,l])),a={ok:0,failed:0,"not run":0};for(let l of s.outcomes)a[l.status]++;let i=[];i.push(`<p class="summary">${B(t.name)}: ${s.outcomes.length} Ludus block${s.outcomes.length===1?"":"s"} \xB7 ${a.ok} ok \xB7 ${a.failed} failed \xB7 ${a["not run"]} not run</p>`);for(let l of t.parts)if(l.kind==="prose")i.push(vn(l.text));else{let o=r.get(l.index);o?i.push(Ji(o)):i.push(`<pre class="source"><code class="language-ludus">${B(l.source)}</code></pre>`)}return["<!DOCTYPE html>",'<html lang="en">',"<head>",'<meta charset="utf-8">','<meta name="viewport" content="width=device-width, initial-scale=1">','<meta name="generator" content="Ludus for Deno">',`<title>${B(n)}</title>`,`<style>${_n}</style>`,"</head>","<body>","<main>",...i,"</main>","</body>","</html>",""].join(`
`)}function qi(s){let e=2;for(let t of s.matchAll(/`+/g))e=Math.max(e,t[0].length);return"`".repeat(e+1)}function J0(s,e={}){let t=[],n=[],r=new Map(s.outcomes.map(a=>[a.block.index,a]));for(let a of s.notebook.parts){if(a.kind==="prose"){n.push(a.text,"");continue}let i=qi(a.source);n.push(i+(a.info||"ludus"),a.source,i,"");let l=r.get(a.index);if(!l)continue;let o=l.entry,u=[...o.console];o.result!==null&&u.push(`=> ${kt(o.result,Ss)}`),l.errorText!==null&&u.push(...l.errorText.split(`
`));for(let p of l.reports)u.push(...p.split(`
`));if(n.push(Fi),n.push(`**block ${a.index}: ${l.status}**${l.note?` (${l.note})`:""}`,""),u.length>0){let p=u.join(`
`),m=qi(p);n.push(m+"text",p,m,"")}if(l.svg){let p=e.svgName?.(a)??`drawing-${a.index}.svg`;t.push({name:p,text:ot(o.turtles,{source:a.source})}),n.push(`![turtle drawing of block ${a.index}](${encodeURI(p)})`,"")}if(o.processes.length>0){n.push("| pid | name | status | reductions |","| --- | --- | --- | ---: |");for(let p of o.processes){let m=(p.name??"").replace(/[|\\`*_[\]<>]/g,c=>"\\"+c);n.push(`| &lt;pid ${p.pid}&gt; | ${m} | ${p.status} | ${p.reductions} |`)}n.push("")}n.push(Ki,"")}for(;n.length>0&&n[n.length-1]==="";)n.pop();return{markdown:n.join(`
`)+`
`,files:t}}function B0(s){return s?{...s.toJSON(),text:ue(s)}:null}var Ss,Fi,Ki,Er,Ft,U0,j0,vt,H0,_n,Pr=O(()=>{ft();re();ws();zt();$r();Ds();Ss=1e4,Fi="<!-- ludus:output -->",Ki="<!-- /ludus:output -->",Er=/^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/;Ft=class{session;name;#e=new Map;#t=[];#s=[];#n=null;constructor(e,t={},n={}){this.name=e;let r=t.host?.report;this.session=new jt({...t,host:{...t.host,report:(a,i)=>{this.#t.push({text:i?`${a}
${ue(i)}`:a,pid:i?.pid??null}),r?.(a,i)},ended:a=>{t.host?.ended?.(a);let i=a.final;this.#s.push({pid:a.id,name:i.name,status:i.status,reductions:i.reductions})}}},n)}async run(e){this.#t=[],this.#s=[];let t=`
`.repeat(Math.max(0,e.line-1))+e.source,n=this.session.run(t,this.name,`block ${e.index}`),r=null;for(let a of this.session.runtime.scheduler.procs.values())a.name===`block ${e.index}`&&(r===null||a.id>r.id)&&(r=a);this.#n=r;try{return this.#r(e,await n)}finally{this.#n=null}}get current(){return this.#n}stop(e="this block was stopped"){let t=this.#n;if(t===null||!t.alive)return!1;let n=this.session.runtime.scheduler;n.fail(t,new _("limit",e,null,null,{pid:t.id}));for(let r of[...n.procs.values()])r.id>t.id&&r.alive&&!r.box&&n.fail(r,new _("limit",`stopped with block ${t.name}`,null,null,{pid:r.id}));return!0}#r(e,t){let n=`block ${e.index}`;if(t.pid>0){let o=new Set(t.processes.map(u=>u.pid));for(let u of this.#s)u.pid>=t.pid&&!o.has(u.pid)&&t.processes.push(u);t.processes.sort((u,p)=>u.pid-p.pid)}this.#s=[];for(let o of t.processes)o.pid===t.pid&&(o.name=n);let r=t.error,a="ok",i=null;if(r){a=r.kind==="syntax"||r.kind==="validation"?"not run":"failed";let o=/^unbound name `([^`]+)`/.exec(r.message),u=o?this.#e.get(o[1]):void 0;u!==void 0&&(i=`this block needs \`${o[1]}\`, which block ${u} did not bind because it failed`)}for(let o of t.bound)this.#e.delete(o);if(r)for(let o of Wi(e.source))t.bound.includes(o)||this.#e.set(o,e.index);let l=this.#t.filter(o=>o.pid!==t.pid).map(o=>o.text);return this.#t=[],{block:e,entry:t,status:a,errorText:r?ue(r):null,note:i,reports:l,svg:t.turtles.length>0?yn(ot(t.turtles)):null}}};U0={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};j0=/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;vt=/^( {0,3})([-*+]|\d{1,9}[.)])( +|$)/;H0={ok:"ok",failed:"failed","not run":"not-run"};_n=`
:root { --fg: #1d1f21; --muted: #6a6f76; --line: #d9dce0; --bg: #fbfbfa; --code: #f2f2ef;
  --ok: #2e7d32; --bad: #b3261e; --warn: #8a6d00; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1, h2, h3 { line-height: 1.25; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
:not(pre) > code { background: var(--code); padding: 0.1em 0.3em; border-radius: 3px; }
pre { overflow-x: auto; }
main > pre { background: var(--code); padding: 0.6rem 0.75rem; border-radius: 4px; }
blockquote { margin: 1rem 0; padding: 0.1rem 1rem; border-left: 3px solid var(--line); color: var(--muted); }
a { color: #0b6e69; }
.summary { color: var(--muted); font-size: 0.9rem; border-bottom: 1px solid var(--line); padding-bottom: 0.75rem; }
.block { border: 1px solid var(--line); border-left: 4px solid var(--ok); border-radius: 6px;
  margin: 1.25rem 0; background: #fff; }
.block.failed { border-left-color: var(--bad); }
.block.not-run { border-left-color: var(--warn); }
.block-head { font-size: 0.8rem; color: var(--muted); padding: 0.35rem 0.75rem; border-bottom: 1px solid var(--line); }
.block-head .label { font-weight: 600; color: var(--fg); }
.block.failed .status { color: var(--bad); font-weight: 600; }
.block.not-run .status { color: var(--warn); font-weight: 600; }
.block.ok .status { color: var(--ok); }
.block pre { margin: 0; padding: 0.6rem 0.75rem; white-space: pre-wrap; word-break: break-word; }
.block .source { background: var(--code); }
.block .console { border-top: 1px dashed var(--line); }
.block .result { border-top: 1px dashed var(--line); color: #0b5394; }
.block .result .arrow { color: var(--muted); }
.block .error { border-top: 1px dashed var(--line); color: var(--bad); background: #fff6f5; }
.block .report { border-top: 1px dashed var(--line); color: var(--warn); }
.block .note { margin: 0; padding: 0.5rem 0.75rem; color: var(--warn); border-top: 1px dashed var(--line); }
.block .turtle { margin: 0; padding: 0.6rem 0.75rem; border-top: 1px dashed var(--line); }
.block .turtle svg { max-width: 100%; max-height: 24rem; height: auto; width: auto; display: block; }
.block .processes { font-size: 0.8rem; padding: 0.35rem 0.75rem; border-top: 1px solid var(--line); color: var(--muted); }
.block .processes summary { cursor: pointer; }
.block table { border-collapse: collapse; margin: 0.35rem 0; }
.block th, .block td { text-align: left; padding: 0.1rem 0.9rem 0.1rem 0; font-weight: normal; }
.block th { color: var(--muted); border-bottom: 1px solid var(--line); }
.block td { color: var(--fg); font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.block td.num { text-align: right; }
.st-panicked { color: var(--bad) !important; }
.st-done { color: var(--ok) !important; }
`});var Vi,Gi=O(()=>{Vi=`<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Ludus</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/style.css">
    <script type="module" src="/app.js"><\/script>
  </head>
  <body>
    <header class="bar">
      <h1>Ludus</h1>
      <span id="file-name" class="file-name"></span>
      <div class="controls">
        <button id="run" class="primary" type="button" title="Run (Ctrl+Enter)">\u25B6 Run</button>
        <button id="stop" type="button" disabled title="Stop the run">\u25A0 Stop</button>
        <button id="restart" type="button" hidden
          title="A fresh session: forget every binding">\u21BA Restart</button>
        <span id="status" class="status idle" aria-live="polite">idle</span>
      </div>
    </header>
    <div class="layout">
      <section class="left">
        <div id="editor-view" class="editor-view">
          <textarea id="editor" wrap="off" spellcheck="false" autocomplete="off"
            autocapitalize="off"
            aria-label="Ludus program"></textarea>
          <p
            class="hint">Ctrl+Enter runs. Every <code>spawn!</code> is a process: watch them on the right. Stop always works.</p>
        </div>
        <div id="notebook-view" class="notebook-view" hidden></div>
      </section>
      <section class="right">
        <div class="panel" id="turtle-panel">
          <h2>Turtle</h2>
          <div id="turtle" class="turtle empty">no drawing yet</div>
        </div>
        <div class="panel" id="console-panel">
          <h2>Console</h2>
          <pre id="console" class="console"></pre>
          <pre id="outcome" class="outcome" hidden></pre>
        </div>
        <div class="panel" id="process-panel">
          <h2>Processes <span id="sched" class="sched"></span></h2>
          <div class="procs-wrap">
            <table id="procs" class="procs">
              <thead>
                <tr>
                  <th>pid</th>
                  <th>name</th>
                  <th>status</th>
                  <th class="num">reductions</th>
                  <th class="num">mailbox</th>
                  <th>where</th>
                </tr>
              </thead>
              <tbody></tbody>
            </table>
          </div>
          <p id="procs-empty"
            class="muted">Run a program to see its processes. Click one for its stack and messages.</p>
          <div id="details" class="details" hidden></div>
        </div>
      </section>
    </div>
  </body>
</html>
`});var Qi,Yi=O(()=>{Qi=`// The Ludus page: an editor (or a notebook), Run and Stop, the console, the
// turtle drawing, and a live process view. The VM runs on the server; this
// page polls it for updates a few times a second. Plain DOM, no frameworks.
// Everything from the server is put in the page as text, except the turtle
// SVG and the notebook prose, which the server renders with escaping.

const POLL_MS = 200;

const DEFAULT_PROGRAM = \`& Welcome to Ludus! Press Run (or Ctrl+Enter). Stop always works.
& A flower drawn by six processes: each has its own turtle.
let me = self ()
fn petal (turn, color) -> spawn! (fn () -> {
  name! ("petal {color}")
  pencolor! (color)
  penwidth! (3)
  right! (turn)
  repeat 36 { forward! (5); right! (0.01) }
  right! (0.14)
  repeat 36 { forward! (5); right! (0.01) }
  hideturtle! ()
  send! (me, :done)
})
let colors = [:red, :orange, :yellow, :lime, :aqua, :fuchsia]
each! (fn (i) -> petal (div (i, 6), at (colors, i)), range (6))
repeat 6 { receive { :done -> :ok } }
hideturtle! ()
print! ("six petals, six processes")
\`;

const $ = (id) => document.getElementById(id);

/** Make an element with text content and attributes. */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return e;
}

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
  const res = await fetch(path, init);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error ?? res.statusText);
  return data;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmt = (n) => Number(n).toLocaleString("en-US");

// ---------------------------------------------------------------------------
// State

const state = {
  mode: "script", // or "notebook"
  job: null, // the job being watched: { id, onUpdate }
  lastPoll: null, // the last poll answer (for the process view)
  selectedPid: null,
  session: null,
  runAll: false,
};

function setStatus(s, detail = "") {
  const st = $("status");
  st.className = \`status \${s}\`;
  st.textContent = detail ? \`\${s} \xB7 \${detail}\` : s;
  st.dataset.state = s;
}

function setRunning(running) {
  $("stop").disabled = !running;
  $("run").disabled = running && state.mode === "script" ? false : running;
  for (const b of document.querySelectorAll(".nb-block .run-block")) b.disabled = running;
}

// ---------------------------------------------------------------------------
// Watching a job

/** Poll a job until it ends; \`onUpdate(data)\` is called with each answer. */
async function watch(jobId, onUpdate) {
  const me = { id: jobId };
  state.job = me;
  let consoleSeen = 0;
  let turtleSeen = -1;
  setRunning(true);
  for (;;) {
    let data;
    try {
      data = await api(\`/api/job/\${jobId}?console=\${consoleSeen}&turtle=\${turtleSeen}\`);
    } catch (e) {
      setStatus("failed", String(e.message ?? e));
      break;
    }
    consoleSeen = data.consoleTotal;
    turtleSeen = data.turtle;
    state.lastPoll = data;
    onUpdate(data);
    renderProcesses(data);
    const live = data.state === "running" || data.state === "queued";
    setStatus(
      data.state,
      \`\${(data.elapsedMs / 1000).toFixed(1)} s \xB7 \${fmt(data.scheduler.reductions)} reductions\`,
    );
    if (!live) break;
    await sleep(POLL_MS);
    if (state.job !== me) return null; // another run took over
  }
  if (state.job === me) {
    state.job = null;
    setRunning(false);
  }
  await refreshDetails();
  return state.lastPoll;
}

async function stop() {
  const job = state.job;
  state.runAll = false;
  if (!job) return;
  try {
    await api(\`/api/job/\${job.id}/stop\`, {});
  } catch { /* it may have ended */ }
}

// ---------------------------------------------------------------------------
// Script mode

async function runScript() {
  if (state.job) await stop();
  $("console").textContent = "";
  const outcome = $("outcome");
  outcome.hidden = true;
  outcome.textContent = "";
  const turtle = $("turtle");
  turtle.className = "turtle empty";
  turtle.textContent = "no drawing yet";
  state.selectedPid = null;
  $("details").hidden = true;
  setStatus("running");
  let job;
  try {
    job = (await api("/api/run", { source: $("editor").value })).job;
  } catch (e) {
    setStatus("failed", e.message);
    return;
  }
  await watch(job, (data) => {
    const con = $("console");
    if (data.console.length > 0) {
      const atEnd = con.scrollTop + con.clientHeight >= con.scrollHeight - 4;
      con.append(data.console.join("\\n") + "\\n");
      if (atEnd) con.scrollTop = con.scrollHeight;
    }
    if (data.svg) {
      turtle.className = "turtle";
      turtle.innerHTML = data.svg; // rendered by the server from numbers only
    }
    if (data.state !== "running" && data.state !== "queued") {
      outcome.hidden = false;
      outcome.replaceChildren();
      for (const r of data.reports ?? []) {
        outcome.append(el("span", { class: "report", text: r + "\\n" }));
      }
      if (data.error) {
        outcome.className = "outcome error";
        outcome.append(data.error.text);
      } else {
        outcome.className = "outcome ok";
        outcome.append(\`\u21D2 \${data.result}\`);
      }
    }
  });
}

// ---------------------------------------------------------------------------
// Notebook mode

function blockView(part) {
  const ta = el("textarea", {
    spellcheck: "false",
    wrap: "off",
    "aria-label": \`block \${part.index}\`,
  });
  ta.value = part.source;
  const fit = () => {
    ta.style.height = "auto";
    ta.style.height = \`\${ta.scrollHeight + 4}px\`;
  };
  ta.addEventListener("input", fit);
  ta.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!state.job) runBlock(part.index);
    } else if (e.key === "Tab") {
      e.preventDefault();
      insertAtCursor(ta, "  ");
    }
  });
  const output = el("div", { class: "output" });
  const section = el(
    "section",
    { class: "block nb-block pending", id: \`block-\${part.index}\`, "data-index": part.index },
    el(
      "div",
      { class: "block-head" },
      el("span", { class: "label", text: \`block \${part.index}\` }),
      el("span", { class: "status", text: "not run yet" }),
      el("span", { class: "spacer" }),
      el("button", {
        type: "button",
        class: "run-block",
        text: "\u25B6 Run",
        onclick: () => runBlock(part.index),
      }),
    ),
    ta,
    output,
  );
  section._part = part;
  section._textarea = ta;
  requestAnimationFrame(fit);
  return section;
}

function insertAtCursor(ta, s) {
  const { selectionStart: a, selectionEnd: b, value } = ta;
  ta.value = value.slice(0, a) + s + value.slice(b);
  ta.selectionStart = ta.selectionEnd = a + s.length;
  ta.dispatchEvent(new Event("input"));
}

async function newSession() {
  state.session = (await api("/api/session", {})).session;
  for (const b of document.querySelectorAll(".nb-block")) {
    b.className = "block nb-block pending";
    b.querySelector(".status").textContent = "not run yet";
    b.querySelector(".output").replaceChildren();
  }
  state.selectedPid = null;
  $("details").hidden = true;
  renderProcesses(null);
  setStatus("idle");
}

async function runBlock(index) {
  const section = document.querySelector(\`.nb-block[data-index="\${index}"]\`);
  if (!section || state.job) return null;
  if (!state.session) await newSession();
  const out = section.querySelector(".output");
  out.replaceChildren();
  const statusEl = section.querySelector(".status");
  section.className = "block nb-block running";
  statusEl.textContent = "running";
  const con = el("pre", { class: "console", hidden: true });
  const fig = el("figure", { class: "turtle", hidden: true });
  out.append(con, fig);
  let job;
  try {
    job = (await api(\`/api/session/\${state.session}/run\`, {
      index,
      line: section._part.line,
      source: section._textarea.value,
    })).job;
  } catch (e) {
    // The server may have restarted: a new session, then try once more.
    await newSession();
    job = (await api(\`/api/session/\${state.session}/run\`, {
      index,
      line: section._part.line,
      source: section._textarea.value,
    })).job;
    void e;
  }
  const data = await watch(job, (d) => {
    if (d.console.length > 0) {
      con.hidden = false;
      con.append(d.console.join("\\n") + "\\n");
    }
    if (d.svg) {
      fig.hidden = false;
      fig.innerHTML = d.svg; // rendered by the server from numbers only
    }
  });
  if (!data) return null;
  const b = data.block;
  const status = b ? b.status : data.state === "stopped" ? "failed" : data.state;
  section.className = \`block nb-block \${
    status === "not run" ? "not-run" : status === "ok" ? "ok" : "failed"
  }\`;
  section.dataset.status = status;
  statusEl.textContent = b && b.pid
    ? \`\${status} \xB7 <pid \${b.pid}> \xB7 \${fmt(b.reductions)} reduction\${b.reductions === 1 ? "" : "s"}\`
    : status;
  if (data.result !== null) {
    out.append(
      el("pre", { class: "result" }, el("span", { class: "arrow", text: "\u21D2" }), \` \${data.result}\`),
    );
  }
  if (b && b.note) out.append(el("p", { class: "note", text: b.note }));
  if (data.error) out.append(el("pre", { class: "error", text: data.error.text }));
  for (const r of data.reports ?? []) out.append(el("pre", { class: "report", text: r }));
  if (b && b.processes.length > 0) {
    const rows = b.processes.map((p) =>
      el(
        "tr",
        {},
        el("td", { text: \`<pid \${p.pid}>\` }),
        el("td", { text: p.name ?? "" }),
        el("td", { class: \`st-\${p.status}\`, text: p.status }),
        el("td", { class: "num", text: String(p.reductions) }),
      )
    );
    const summary = \`\${b.processes.length} process\${b.processes.length === 1 ? "" : "es"}\` +
      (b.bound.length > 0 ? \` \xB7 binds \${b.bound.join(", ")}\` : "");
    out.append(
      el(
        "details",
        { class: "processes", open: b.processes.length > 1 },
        el("summary", { text: summary }),
        el(
          "table",
          {},
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              el("th", { text: "pid" }),
              el("th", { text: "name" }),
              el("th", { text: "status" }),
              el("th", { text: "reductions" }),
            ),
          ),
          el("tbody", {}, ...rows),
        ),
      ),
    );
  }
  return status;
}

async function runAll() {
  if (state.job) return;
  state.runAll = true;
  for (const section of document.querySelectorAll(".nb-block")) {
    if (!state.runAll) break;
    await runBlock(Number(section.dataset.index));
  }
  state.runAll = false;
}

function showNotebook(file) {
  state.mode = "notebook";
  $("editor-view").hidden = true;
  $("turtle-panel").hidden = true;
  $("console-panel").hidden = true;
  $("restart").hidden = false;
  $("run").textContent = "\u25B6 Run all";
  $("run").title = "Run every block, in order";
  const view = $("notebook-view");
  view.hidden = false;
  view.replaceChildren();
  for (const part of file.parts) {
    if (part.kind === "prose") {
      const div = el("div", { class: "prose" });
      div.innerHTML = part.html; // rendered and escaped by the server
      view.append(div);
    } else view.append(blockView(part));
  }
}

// ---------------------------------------------------------------------------
// The process view

function badge(status) {
  const base = status.startsWith("stopped") ? "stopped" : status;
  return el("span", { class: \`badge \${base}\`, text: status });
}

function renderProcesses(data) {
  const tbody = $("procs").querySelector("tbody");
  const rows = data ? data.processes : [];
  $("procs-empty").hidden = rows.length > 0;
  $("sched").textContent = data
    ? \`\${data.scheduler.processes} live \xB7 \${fmt(data.scheduler.reductions)} reductions \xB7 \${
      fmt(data.scheduler.slices)
    } slices\`
    : "";
  const frag = document.createDocumentFragment();
  for (const r of rows) {
    const tr = el(
      "tr",
      {
        "data-pid": r.pid,
        "data-name": r.name,
        "data-status": r.status,
        "data-reductions": r.reductions,
        class: [r.alive ? "" : "ended", r.pid === state.selectedPid ? "selected" : ""].join(" ")
          .trim(),
        onclick: () => selectProcess(r.pid),
      },
      el("td", { text: \`<pid \${r.pid}>\` }),
      r.name === "" && r.main
        ? el("td", {}, el("span", { class: "muted-name", text: "main" }))
        : el("td", { text: r.name }),
      el("td", {}, badge(r.status)),
      el("td", { class: "num reductions", text: fmt(r.reductions) }),
      el("td", { class: "num", text: String(r.mailbox) }),
      el("td", { class: "where", text: r.where }),
    );
    frag.append(tr);
  }
  tbody.replaceChildren(frag);
  if (state.selectedPid !== null) refreshDetails();
}

function currentJobId() {
  return state.job?.id ?? state.lastPoll?.job ?? null;
}

async function selectProcess(pid) {
  state.selectedPid = pid;
  for (const tr of $("procs").querySelectorAll("tbody tr")) {
    tr.classList.toggle("selected", Number(tr.dataset.pid) === pid);
  }
  await refreshDetails();
}

let detailsBusy = false;
async function refreshDetails() {
  const pid = state.selectedPid;
  const job = currentJobId();
  if (pid === null || job === null || detailsBusy) return;
  detailsBusy = true;
  try {
    const d = await api(\`/api/job/\${job}/process/\${pid}\`);
    if (state.selectedPid === pid) renderDetails(d);
  } catch {
    /* the process is gone */
  } finally {
    detailsBusy = false;
  }
}

function renderDetails(d) {
  const box = $("details");
  box.hidden = false;
  const info = d.info;
  const close = el("button", {
    type: "button",
    class: "close",
    text: "close",
    onclick: () => {
      state.selectedPid = null;
      box.hidden = true;
      for (const tr of $("procs").querySelectorAll("tr.selected")) tr.classList.remove("selected");
    },
  });
  const where = info.current
    ? \`\${info.current.fn} (\${info.current.file}:\${info.current.line ?? "?"})\`
    : "\u2014";
  const spawned = info.spawned_at ? \`\${info.spawned_at.file}:\${info.spawned_at.line}\` : "\u2014";
  const dl = el("dl", {});
  const add = (k, v) => dl.append(el("dt", { text: k }), el("dd", { text: String(v) }));
  add("status", String(info.status).replace(/^:/, ""));
  add("reductions", fmt(info.reductions));
  add("mailbox", info.mailbox);
  add("messages", \`\${info.messages_in} in \xB7 \${info.messages_out} out\`);
  add("current", where);
  add("parent", info.parent ?? "\u2014");
  add("spawned at", spawned);
  if ((info.links ?? []).length > 0) add("links", info.links.join(", "));
  if ((info.monitors ?? []).length > 0) add("monitors", info.monitors.join(", "));
  add("memory", \`~\${fmt(info.memory)} bytes\`);
  const parts = [close, el("h3", { text: \`<pid \${d.pid}> \${info.name ?? ""}\` }), dl];
  if (d.result !== null) {
    parts.push(el("h4", { text: "result" }), el("div", { class: "mono", text: d.result }));
  }
  if (d.error) {
    parts.push(el("h4", { text: "error" }), el("pre", { class: "outcome error", text: d.error }));
  }
  if (d.box) {
    parts.push(el("h4", { text: \`box \${d.box.name}: history\` }));
    parts.push(historyChart(d.history ?? []));
    parts.push(el("div", { class: "mono", text: \`now: \${d.box.value}\` }));
  }
  if (d.stack.length > 0) {
    parts.push(el("h4", { text: "stack (innermost first)" }));
    parts.push(
      el(
        "ol",
        { class: "stack" },
        ...d.stack.map((f) =>
          el(
            "li",
            {},
            \`\${f.fn} (\${f.args.join(", ")})\`,
            el("span", {
              class: "where",
              text: \` at \${f.file}:\${f.line}\${f.tailCalls ? \` (\${f.tailCalls} tail calls)\` : ""}\`,
            }),
          )
        ),
      ),
    );
  }
  if (d.mailboxSize > 0) {
    parts.push(el("h4", { text: \`mailbox (\${d.mailboxSize})\` }));
    parts.push(el("ol", {}, ...d.mailbox.map((m) => el("li", { text: m }))));
  }
  if (d.messages.length > 0) {
    parts.push(el("h4", { text: "recent messages" }));
    parts.push(
      el(
        "ul",
        { class: "messages" },
        ...d.messages.map((m) =>
          el(
            "li",
            {},
            m.dir === "in" ? \`\u2190 from \${m.peer}: \` : \`\u2192 to \${m.peer}: \`,
            m.msg,
            el("span", {
              class: "where",
              text: \` #\${m.id}\${m.cause ? \` (reply to #\${m.cause})\` : ""}\`,
            }),
          )
        ),
      ),
    );
  }
  box.replaceChildren(...parts);
}

/** A box's numeric history as a small line chart (SVG built from numbers). */
function historyChart(history) {
  const nums = history.filter((h) => typeof h.num === "number" && Number.isFinite(h.num));
  if (nums.length === 0) {
    return el(
      "ol",
      { class: "history" },
      ...history.slice(-10).map((h) => el("li", { text: h.value })),
    );
  }
  const W = 260, H = 70, P = 4;
  const ys = nums.map((h) => h.num);
  const lo = Math.min(...ys), hi = Math.max(...ys);
  const sx = (i) => P + (nums.length === 1 ? 0 : (i * (W - 2 * P)) / (nums.length - 1));
  const sy = (v) => H - P - (hi === lo ? (H - 2 * P) / 2 : ((v - lo) * (H - 2 * P)) / (hi - lo));
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "chart");
  svg.setAttribute("width", String(W));
  svg.setAttribute("height", String(H + 14));
  svg.setAttribute("viewBox", \`0 0 \${W} \${H + 14}\`);
  const bg = document.createElementNS(ns, "rect");
  for (const [k, v] of [["x", 0], ["y", 0], ["width", W], ["height", H], ["fill", "#f2f6f6"]]) {
    bg.setAttribute(k, String(v));
  }
  svg.append(bg);
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute(
    "points",
    ys.map((v, i) => \`\${sx(i).toFixed(1)},\${sy(v).toFixed(1)}\`).join(" "),
  );
  line.setAttribute("fill", "none");
  line.setAttribute("stroke", "#0b6e69");
  line.setAttribute("stroke-width", "1.5");
  svg.append(line);
  for (let i = 0; i < ys.length && ys.length <= 60; i++) {
    const dot = document.createElementNS(ns, "circle");
    dot.setAttribute("cx", sx(i).toFixed(1));
    dot.setAttribute("cy", sy(ys[i]).toFixed(1));
    dot.setAttribute("r", "2");
    dot.setAttribute("fill", "#0b6e69");
    svg.append(dot);
  }
  const label = document.createElementNS(ns, "text");
  label.setAttribute("x", "2");
  label.setAttribute("y", String(H + 11));
  label.setAttribute("font-size", "10");
  label.setAttribute("fill", "#6a6f76");
  label.textContent = \`\${nums.length} values \xB7 min \${lo} \xB7 max \${hi} \xB7 last \${ys[ys.length - 1]}\`;
  svg.append(label);
  return svg;
}

// ---------------------------------------------------------------------------
// Start

async function start() {
  const file = await api("/api/file");
  if (file.name) {
    $("file-name").textContent = file.name;
    document.title = \`\${file.name} \xB7 Ludus\`;
  }
  if (file.kind === "notebook") {
    showNotebook(file);
    $("run").addEventListener("click", () => runAll());
    $("restart").addEventListener("click", () => {
      if (!state.job) newSession();
    });
  } else {
    const editor = $("editor");
    editor.value = file.kind === "script" ? file.text : DEFAULT_PROGRAM;
    editor.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        runScript();
      } else if (e.key === "Tab") {
        e.preventDefault();
        insertAtCursor(editor, "  ");
      }
    });
    $("run").addEventListener("click", () => runScript());
  }
  $("stop").addEventListener("click", () => stop());
  document.body.dataset.ready = "true";
}

start().catch((e) => setStatus("failed", String(e.message ?? e)));
`});var Zi,Xi=O(()=>{Zi=`/* The Ludus page. No frameworks, nothing fetched from elsewhere. */
:root {
  --fg: #1d1f21;
  --muted: #6a6f76;
  --line: #d9dce0;
  --bg: #f4f4f1;
  --panel: #ffffff;
  --code: #f2f2ef;
  --accent: #0b6e69;
  --ok: #2e7d32;
  --bad: #b3261e;
  --warn: #8a6d00;
  --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
* {
  box-sizing: border-box;
}
html,
body {
  height: 100%;
}
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: flex;
  flex-direction: column;
}
code,
pre,
textarea {
  font-family: var(--mono);
}
[hidden] {
  display: none !important;
}

.bar {
  display: flex;
  align-items: center;
  gap: 1rem;
  padding: 0.5rem 1rem;
  background: #1f2a2e;
  color: #f4f4f1;
}
.bar h1 {
  margin: 0;
  font-size: 1.2rem;
  letter-spacing: 0.02em;
}
.file-name {
  color: #b8c4c6;
  font-family: var(--mono);
  font-size: 0.9rem;
}
.controls {
  margin-left: auto;
  display: flex;
  align-items: center;
  gap: 0.5rem;
}
button {
  font: inherit;
  font-size: 0.9rem;
  padding: 0.3rem 0.8rem;
  border-radius: 5px;
  border: 1px solid #9aa5a8;
  background: #fff;
  color: var(--fg);
  cursor: pointer;
}
button:disabled {
  opacity: 0.45;
  cursor: default;
}
button.primary {
  background: var(--accent);
  border-color: var(--accent);
  color: #fff;
}
.bar button:not(.primary) {
  background: #2f3d42;
  color: #f4f4f1;
  border-color: #56676c;
}
.bar .status {
  font-size: 0.8rem;
  padding: 0.2rem 0.6rem;
  border-radius: 999px;
  background: #3a4a4f;
  color: #e8eeee;
  min-width: 6rem;
  text-align: center;
  font-family: var(--mono);
}
.bar .status.running {
  background: #b7791f;
  color: #fff;
}
.bar .status.done {
  background: var(--ok);
  color: #fff;
}
.bar .status.failed {
  background: var(--bad);
  color: #fff;
}
.bar .status.stopped {
  background: #6b5b95;
  color: #fff;
}

.layout {
  flex: 1;
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: 0.75rem;
  padding: 0.75rem;
  min-height: 0;
}
.left,
.right {
  min-height: 0;
  overflow: auto;
  display: flex;
  flex-direction: column;
  gap: 0.75rem;
}
.editor-view {
  display: flex;
  flex-direction: column;
  flex: 1;
  min-height: 20rem;
}
#editor {
  flex: 1;
  width: 100%;
  min-height: 20rem;
  resize: none;
  padding: 0.75rem;
  font-size: 14px;
  line-height: 1.45;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: var(--panel);
  color: var(--fg);
  tab-size: 2;
}
.hint,
.muted {
  color: var(--muted);
  font-size: 0.82rem;
  margin: 0.35rem 0 0;
}

.panel {
  background: var(--panel);
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 0.5rem 0.75rem 0.75rem;
}
.panel h2 {
  font-size: 0.8rem;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  color: var(--muted);
  margin: 0 0 0.4rem;
  font-weight: 600;
}
.sched {
  text-transform: none;
  letter-spacing: 0;
  font-weight: normal;
  font-family: var(--mono);
}
.turtle {
  display: flex;
  justify-content: center;
  align-items: center;
  min-height: 6rem;
}
.turtle.empty {
  color: var(--muted);
  font-size: 0.85rem;
}
.turtle svg {
  max-width: 100%;
  max-height: 18rem;
  width: auto;
  height: auto;
  display: block;
}
.console,
.outcome {
  margin: 0;
  max-height: 14rem;
  overflow: auto;
  white-space: pre-wrap;
  word-break: break-word;
  font-size: 13px;
}
.console:empty::before {
  content: "nothing printed yet";
  color: var(--muted);
  font-family: system-ui, sans-serif;
}
.outcome {
  border-top: 1px dashed var(--line);
  margin-top: 0.4rem;
  padding-top: 0.4rem;
}
.outcome.ok {
  color: #0b5394;
}
.outcome.error {
  color: var(--bad);
}
.report {
  color: var(--warn);
}

.procs-wrap {
  max-height: 16rem;
  overflow: auto;
}
.procs {
  border-collapse: collapse;
  width: 100%;
  font-size: 12.5px;
}
.procs th {
  text-align: left;
  font-weight: normal;
  color: var(--muted);
  border-bottom: 1px solid var(--line);
  position: sticky;
  top: 0;
  background: var(--panel);
  padding: 0.15rem 0.5rem 0.15rem 0;
}
.procs td {
  padding: 0.12rem 0.5rem 0.12rem 0;
  font-family: var(--mono);
  white-space: nowrap;
}
.procs td.where {
  white-space: normal;
  color: var(--muted);
}
.procs .num {
  text-align: right;
}
.procs tbody tr {
  cursor: pointer;
}
.procs tbody tr:hover {
  background: #eef5f4;
}
.procs tbody tr.selected {
  background: #d7ecea;
}
.procs tbody tr.ended td {
  color: var(--muted);
}
.badge {
  display: inline-block;
  padding: 0 0.4rem;
  border-radius: 4px;
  font-size: 11.5px;
  background: #e9ecec;
}
.badge.running,
.badge.runnable {
  background: #fdebc8;
  color: #7a4f00;
}
.badge.waiting,
.badge.sleeping {
  background: #dbe8f7;
  color: #174a7c;
}
.badge.done {
  background: #dcefdc;
  color: var(--ok);
}
.badge.panicked {
  background: #f8dcd9;
  color: var(--bad);
}
.badge.stopped {
  background: #e6e0f3;
  color: #4b3b7a;
}

.details {
  border-top: 1px solid var(--line);
  margin-top: 0.5rem;
  padding-top: 0.5rem;
  font-size: 13px;
}
.details h3 {
  font-size: 0.9rem;
  margin: 0 0 0.3rem;
}
.details h4 {
  font-size: 0.75rem;
  text-transform: uppercase;
  letter-spacing: 0.05em;
  color: var(--muted);
  margin: 0.6rem 0 0.2rem;
  font-weight: 600;
}
.details dl {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 0.05rem 0.75rem;
  margin: 0;
}
.details dt {
  color: var(--muted);
}
.details dd {
  margin: 0;
  font-family: var(--mono);
  word-break: break-word;
}
.details ol,
.details ul {
  margin: 0;
  padding-left: 1.2rem;
  font-family: var(--mono);
}
.details li {
  margin: 0.05rem 0;
  word-break: break-word;
}
.details .where {
  color: var(--muted);
}
.details .chart {
  display: block;
  margin: 0.2rem 0;
}
.details .close {
  float: right;
  font-size: 0.75rem;
  padding: 0 0.4rem;
}

/* Notebook view */
.notebook-view {
  background: var(--panel);
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 0.25rem 1.25rem 1rem;
}
.notebook-view .prose {
  line-height: 1.55;
}
.notebook-view .prose pre {
  background: var(--code);
  padding: 0.5rem 0.75rem;
  border-radius: 4px;
  overflow-x: auto;
}
.notebook-view .prose :not(pre) > code {
  background: var(--code);
  padding: 0.1em 0.3em;
  border-radius: 3px;
}
.nb-block .block-head {
  display: flex;
  align-items: center;
  gap: 0.5rem;
}
.nb-block .block-head button {
  font-size: 0.75rem;
  padding: 0.05rem 0.5rem;
}
.nb-block .block-head .spacer {
  flex: 1;
}
.nb-block textarea {
  display: block;
  width: 100%;
  border: 0;
  background: var(--code);
  padding: 0.6rem 0.75rem;
  font-size: 13.5px;
  line-height: 1.45;
  resize: vertical;
  tab-size: 2;
  color: var(--fg);
}
.nb-block.running {
  border-left-color: #b7791f;
}
.nb-block.pending {
  border-left-color: var(--line);
}
.nb-block .turtle {
  justify-content: flex-start;
}
`});var ro={};$n(ro,{createApp:()=>no,serve:()=>al});function de(s,e=200){return new Response(JSON.stringify(s),{status:e,headers:{"content-type":"application/json; charset=utf-8","cache-control":"no-store"}})}function Ir(s,e){return new Response(s,{headers:{"content-type":`${e}; charset=utf-8`,"cache-control":"no-store","x-content-type-options":"nosniff","content-security-policy":"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"}})}function X0(s){return s?{...s.toJSON(),text:ue(s)}:null}function so(s){to++;let e=crypto.getRandomValues(new Uint32Array(1))[0].toString(36);return`${s}${to.toString(36)}${e}`}function Z0(s){let e=0;for(let t of s)e+=t.commands.length;return e}function el(s){let e=s.runtime.scheduler,t=[...e.procs.values()],n=t;t.length>eo&&(n=[...t].sort((l,o)=>o.reductions-l.reductions).slice(0,eo));let r=new Set(n.map(l=>l.id)),a=[];for(let l=e.allProcs.length-1;l>=0&&a.length<Q0;l--){let o=e.allProcs[l];!r.has(o.id)&&!e.procs.has(o.id)&&a.push(o)}return[...n,...a].sort((l,o)=>l.id-o.id).map(l=>{let o=s.stoppedWhile.get(l.id)??e.stoppedAt.get(l);return{...Ye(l,o),alive:l.alive&&o===void 0,box:l.box!==null,main:l===e.main,parent:l.parent?l.parent.id:null}})}function tl(s,e){let t=s.procs.get(e);if(t)return t;for(let n=s.allProcs.length-1;n>=0;n--)if(s.allProcs[n].id===e)return s.allProcs[n];return null}function nl(s,e){let t=Ut(Mt(Ce(e))),n=s.stoppedWhile.get(e.id)??s.runtime.scheduler.stoppedAt.get(e);n!==void 0&&(t.status=`stopped (${n})`);let r=Ve(e).map(o=>({fn:o.fn,line:o.line,file:o.file,args:o.args.map(_t),tailCalls:o.tailCalls})),a=s.runtime.scheduler.messagesOf(e.pid,20).map(o=>({id:o.id,dir:o.dir,peer:_t(o.peer),msg:_t(o.msg),at:o.at,cause:o.cause})),i=Et(e,20).map(_t),l=null;return e.box instanceof ie&&(l=e.box.history.slice(-200).map(o=>({value:_t(o.value),num:typeof o.value=="number"?o.value:null,at:o.at,time:o.time,by:o.by instanceof ee?o.by.id:null}))),{pid:e.id,info:t,stack:r,messages:a,mailbox:i,mailboxSize:e.mailbox.length,box:e.box instanceof ie?{name:e.box.name,value:_t(e.box.value)}:null,history:l,result:e.status==="done"&&n===void 0?_t(e.result):null,error:e.error?ue(e.error):null}}function no(s={}){let e=new Map,t=new Map,n=s.orphanMs??3e4,r=s.maxRunning??8,a=s.file;function i(){return{keepAll:!0,ioIntervalMs:20,moduleHost:{load:es},...s.runtime,url:a?.url}}function l(h,w){let y=w.scheduler,E={id:so("j"),kind:h,state:"queued",runtime:w,consoleStart:y.console.length,turtleStart:y.turtles.length,started:performance.now(),ended:null,lastPoll:performance.now(),result:null,error:null,stopRequested:!1,stoppedWhile:new Map,reports:[],done:Promise.resolve()};return e.set(E.id,E),o(),E}function o(){let h=[...e.values()].filter(w=>w.state==="running");for(;h.length>=r;)c(h.shift(),"too many runs at once")}function u(h,w){if(h.state=h.stopRequested?"stopped":w,h.ended=performance.now(),h.kind==="script")for(let y of h.runtime.scheduler.procs.values())y.alive&&h.stoppedWhile.set(y.id,y.status)}function p(h){let w=[],y=new st({...i(),file:a?.name??"editor.ld",host:{report:(F,X)=>w.push(X?`${F}
${ue(X)}`:F)}});y.scheduler.quiet();let E=l("script",y);return E.reports=w,E.state="running",E.done=y.runMain(h,a?.name??"editor.ld").then(F=>{E.result=F.result,E.error=F.error,u(E,F.error?"failed":"done")},F=>{E.error=null,E.result=null,u(E,"failed"),console.error(F)}),E}function m(h,w){let y=h.runner.session.runtime,E=l("block",y);E.session=h,E.block=w,h.lastUsed=performance.now();let F=async()=>{if(E.stopRequested){u(E,"stopped");return}E.state="running",E.consoleStart=y.scheduler.console.length,E.turtleStart=y.scheduler.turtles.length,E.started=performance.now(),h.current=E;try{let X=await h.runner.run(w);E.outcome=X,E.result=X.entry.result,E.error=X.entry.error,u(E,X.status==="ok"?"done":"failed")}catch(X){u(E,"failed"),console.error(X)}finally{h.current=null}};return h.queue=E.done=h.queue.then(F),E}function c(h,w="stopped from the page (Stop)"){h.state!=="running"&&h.state!=="queued"||(h.stopRequested=!0,h.state!=="queued"&&(h.kind==="script"?h.runtime.scheduler.stop(w):h.session?.runner.stop(w)))}function b(h,w){h.lastPoll=performance.now();let y=h.runtime.scheduler,E=Math.max(0,Number(w.searchParams.get("console")??0)||0),F=Number(w.searchParams.get("turtle")??-1),X=y.console.slice(h.consoleStart),Ke=y.turtles.slice(h.turtleStart),Re=Z0(Ke),Sn=h.ended??performance.now(),ke=h.outcome;return{job:h.id,kind:h.kind,state:h.state,console:X.slice(E),consoleTotal:X.length,turtle:Re,svg:Re>0&&Re!==F?yn(ot(Ke)):null,result:h.result===null?null:kt(h.result,Ss),error:X0(h.error),reports:ke?ke.reports:h.reports,elapsedMs:Math.round(Sn-h.started),processes:el(h),scheduler:{processes:y.procs.size,reductions:y.totalReductions,slices:y.slices,clock:Math.round(y.now())},block:ke?{index:ke.block.index,status:ke.status,note:ke.note,reports:ke.reports,bound:ke.entry.bound,pid:ke.entry.pid,reductions:ke.entry.reductions,processes:ke.entry.processes}:null}}function d(){let h=performance.now();for(let w of e.values())w.state==="running"&&h-w.lastPoll>n&&c(w,"stopped: the page stopped watching this run"),w.ended!==null&&h-w.ended>10*6e4&&e.delete(w.id);for(let[w,y]of t)y.current===null&&h-y.lastUsed>60*6e4&&t.delete(w)}async function x(h){if(!(h.headers.get("content-type")??"").startsWith("application/json"))throw new TypeError("expected a JSON body");let y=await h.json();if(y===null||typeof y!="object")throw new TypeError("expected a JSON object");return y}async function k(){if(!a)return{kind:"none"};let h=await a.read();if(/\.(md|markdown)$/i.test(a.name)){let w=Cr(h,a.name);return{kind:"notebook",name:a.name,parts:w.parts.map(y=>y.kind==="prose"?{kind:"prose",html:vn(y.text)}:{kind:"code",index:y.index,line:y.line,source:y.source})}}return{kind:"script",name:a.name,text:h}}async function j(h,w){let y=w.pathname.split("/").filter(F=>F!=="").slice(1),E=h.method==="POST";if(y[0]==="file"&&y.length===1)return de(await k());if(y[0]==="run"&&E&&y.length===1){let F=await x(h);return typeof F.source!="string"?de({error:"source must be a string"},400):de({job:p(F.source).id})}if(y[0]==="session"){if(y.length===1&&E){await x(h);let X=a?.name??"notebook.md",Ke=new Ft(X,i());Ke.session.runtime.scheduler.quiet();let Re={id:so("s"),runner:Ke,queue:Promise.resolve(),current:null,lastUsed:performance.now()};return t.set(Re.id,Re),de({session:Re.id})}let F=t.get(y[1]??"");if(!F)return de({error:"no such session (the server may have restarted)"},404);if(y[2]==="run"&&E&&y.length===3){let X=await x(h),Ke=Number(X.index),Re=Number(X.line??1);if(typeof X.source!="string"||!Number.isInteger(Ke)||!Number.isInteger(Re))return de({error:"expected {index, line, source}"},400);let Sn={kind:"code",index:Ke,line:Math.max(1,Re),source:X.source,info:"ludus"};return de({job:m(F,Sn).id})}return de({error:"not found"},404)}if(y[0]==="job"){let F=e.get(y[1]??"");if(!F)return de({error:"no such run (the server may have restarted)"},404);if(y.length===2&&!E)return de(b(F,w));if(y[2]==="stop"&&E&&y.length===3)return c(F),de({ok:!0});if(y[2]==="process"&&y.length===4&&!E){F.lastPoll=performance.now();let X=tl(F.runtime.scheduler,Number(y[3]));return X?de(nl(F,X)):de({error:"no such process"},404)}}return de({error:"not found"},404)}async function U(h){let w=new URL(h.url),y=(h.headers.get("host")??w.host).replace(/:\d+$/,"");if(y!=="127.0.0.1"&&y!=="localhost"&&y!=="[::1]")return new Response("forbidden",{status:403});try{if(w.pathname.startsWith("/api/"))return await j(h,w);if(h.method!=="GET")return new Response("method not allowed",{status:405});switch(w.pathname){case"/":case"/index.html":return Ir(Vi,"text/html");case"/app.js":return Ir(Qi,"text/javascript");case"/style.css":return Ir(Zi+`
`+rl(),"text/css")}return new Response("not found",{status:404})}catch(E){if(E instanceof TypeError||E instanceof SyntaxError)return de({error:E.message},400);throw E}}async function f(){for(let h of e.values())c(h,"the server stopped");await Promise.allSettled([...e.values()].map(h=>h.done))}return{handler:U,sweep:d,close:f}}function rl(){return _n.replace(/^:root[^}]*}/m,"").replace(/^body[^}]*}/m,"").replace(/^main[^}]*}/m,"").replace(/^\* [^}]*}/m,"")}async function al(s={}){let e=no(s),t=setInterval(()=>e.sweep(),2e3),n=Deno.serve({hostname:"127.0.0.1",port:s.port??8e3,signal:s.signal,onListen:({port:r})=>s.onListen?.(`http://127.0.0.1:${r}/`)},r=>e.handler(r));try{await n.finished}finally{clearInterval(t),await e.close()}}var Q0,eo,to,sl,_t,ao=O(()=>{Gi();Yi();Xi();re();Ps();Pr();Xs();Qe();zt();we();vr();Ds();je();Q0=200,eo=400;to=0;sl=2e3,_t=s=>C(s,{truncate:sl})});async function An(s,e){if(s.every(a=>a==="-"||!a.startsWith("-")))return{values:{},positionals:[...s]};let{parseArgs:t}=await import("node:util"),{values:n,positionals:r}=t({args:s,options:e,allowPositionals:!0,strict:!0});return{values:n,positionals:r}}var Nr=!1;function Dr(s){Nr=s}function St(s,e){return t=>Nr?`\x1B[${s}m${t}\x1B[${e}m`:t}var Ur=St(1,22),zr=St(2,22),Rn=St(31,39),jr=St(32,39),wl=St(33,39),qr=St(36,39);Oe();$t();we();function Io(s){if(s instanceof ye)return`<fn ${s.name??"anonymous"}>`;if(Array.isArray(s))return`[${s.map(t=>C(t)).join(", ")}]`;let e=C(s);return e.length>40?e.slice(0,40)+"\u2026":e}function ca(s){let e=[],t=[s],n=new Set;for(;t.length>0;){let r=t.shift();n.has(r)||(n.add(r),e.push(Mo(r,t)),e.push(""))}return e.join(`
`).trimEnd()+`
`}function Mo(s,e){let t=s.chunk,n=t.code,r=t.source.position(s.span.start).line,i=[`== ${s.name??(s.clauses.length===0?"toplevel":"fn anonymous")} (${t.source.name}:${r}) ==`];if(s.captures.length>0){let u=[];for(let p=0;p<s.captures.length;p+=2)u.push(s.captures[p]===0?`slot ${s.captures[p+1]}`:`capture ${s.captures[p+1]}`);i.push(`   captures: ${u.join(", ")}`)}let l=-1,o=0;for(;o<n.length;){let u=Me[n[o]],p=t.positionAt(o).line,m=p===l?"   |":String(p).padStart(4);if(l=p,!u){i.push(`${String(o).padStart(4,"0")} ${m} ??? ${n[o]}`),o++;continue}let c=[];for(let b=0;b<u.operands.length;b++){let d=u.operands[b],x=n[o+1+b];switch(d){case"k":{let k=t.consts[x];k instanceof ye&&e.push(k),c.push(`${x} (${Io(k)})`);break}case"j":c.push(`-> ${String(x).padStart(4,"0")}`);break;case"s":c.push(`s${x}`);break;case"g":c.push(`g${x}`);break;case"c":c.push(`c${x}`);break;default:c.push(String(x))}}i.push(`${String(o).padStart(4,"0")} ${m} ${u.name.padEnd(17)} ${c.join(" ")}`.trimEnd()),o+=1+u.operands.length}return i.join(`
`)}re();Ps();Ds();Qe();Fs();Qe();Fs();Ps();function Ko(s,e,t=20){let n=s.scheduler,r=[...n.procs.values()],a={runnable:0,waiting:0,sleeping:0};for(let u of r)u.status==="waiting"?a.waiting++:u.status==="sleeping"?a.sleeping++:a.runnable++;let i=`ludus top \u2014 ${e}   clock ${(n.now()/1e3).toFixed(1)}s   ${r.length} processes (${a.runnable} runnable, ${a.waiting} waiting, ${a.sleeping} sleeping)   ${n.totalReductions} reductions in ${n.slices} slices   longest slice ${n.longestSlice.toFixed(2)} ms`,l=Lt(r.map(u=>Ye(u)),t,160),o=n.console.slice(-5).map(u=>`  > ${u}`);return[i,"",l,"","console (last lines):",...o,"","press q to quit"].join(`
`)}async function $a(s,e,t,n=250){let r=Deno.stdout.isTerminal(),a=()=>se((r?"\x1B[H\x1B[2J":`
`)+Ko(s,t)+`
`),i=!1,l=null;if(Deno.stdin.isTerminal())try{Deno.stdin.setRaw(!0),i=!0,l=Deno.stdin.readable.getReader(),(async()=>{for(;;){let{value:p,done:m}=await l.read();if(m)return;if(p.includes(113)||p.includes(3)){s.scheduler.stop("stopped from top (q)");return}}})().catch(()=>{})}catch{}let o=setInterval(a,r?n:Math.max(n,1e3)),u;try{u=await s.runMain(e,t)}finally{if(clearInterval(o),i)try{l?.releaseLock(),Deno.stdin.setRaw(!1)}catch{}}return a(),u.error?(se(`
ended with an error: ${u.error.message.split(`
`)[0]}
`),1):(se(`
result: ${u.result}
`),0)}function Aa(){if(Deno.build.os!=="linux"||Deno.build.env==="musl")return Promise.resolve(!1);try{if(Deno.permissions.querySync({name:"ffi"}).state!=="granted")return Promise.resolve(!1);let s=Deno.dlopen("libc.so.6",{mallopt:{parameters:["i32","i32"],result:"i32",nonblocking:!0}});return s.symbols.mallopt(-3,33554432).then(async e=>e===1&&await s.symbols.mallopt(-1,134217728)===1).catch(()=>!1).finally(()=>s.close())}catch{return Promise.resolve(!1)}}ft();Oe();Kn();gn();ys();_s();qe();var yr=`let n = 1
if eq? (n, 1) then 1 else 2
if eq? (n, 2) then 1 else 2
loop (n) with {
  (0) -> 0
  (n) -> recur (dec (n))
}`,Ei='{"version":3,"ops":"NOP,CONST,NIL,TRUE,FALSE,POP,LOAD,LOAD_GLOBAL,LOAD_CAPTURE,LOAD_SELF,LOAD_CELL,LOAD_CAPTURE_CELL,NEW_CELL,CELL_FROM,GLOBAL_FROM,MOVE_TOP,TRUNCATE,SWAP,TUPLE,LIST,LIST_APPEND,LIST_CONCAT,SET,SET_ADD,SET_UNION,DICT,DICT_PUT,DICT_MERGE,INTERP,CLOSURE,PARTIAL,GET_KEY,BOX,PKG,JUMP,JUMP_IF_FALSE,CALL,TAIL_CALL,RETURN,PANIC,ARITY_EQ,PACK_ARGS,MATCH_TUPLE,MATCH_TUPLE_MIN,MATCH_LIST,MATCH_LIST_MIN,MATCH_DICT,MATCH_EQ,MATCH_TYPE,PUSH_ELEM,PUSH_REST,PUSH_KEY,PUSH_DICT_REST,FAIL_FN,FAIL_LET,FAIL_MATCH,FAIL_WHEN,FAIL_LOOP,RECUR,REPEAT_INIT,REPEAT_STEP,RECV_START,RECV_PEEK,RECV_TAKE,RECV_SKIP,IMPORT,TEST,ADD,SUB,MULT,DIV,INC,DEC,EQ,LT,GT,LTE,GTE,ADD_SS,ADD_SK,SUB_SS,SUB_SK,MULT_SS,MULT_SK,INC_S,DEC_S,EQ_SS_JF,EQ_SK_JF,LT_SS_JF,LT_SK_JF,GT_SS_JF,GT_SK_JF,LTE_SS_JF,LTE_SK_JF,GTE_SS_JF,GTE_SK_JF,SEND,SELF,SPAWN,APPEND,ARITY_MIN,UNPACK_ARGS,CALL_VALUE","parts":[{"name":"warm-up","text":"let n = 1\\nif eq? (n, 1) then 1 else 2\\nif eq? (n, 2) then 1 else 2\\nloop (n) with {\\n  (0) -> 0\\n  (n) -> recur (dec (n))\\n}","globals":["n"],"main":0,"protos":[{"name":null,"doc":null,"clauses":[],"code":[1,0,14,0,0,16,0,1,1,7,0,1,0,36,2,35,21,1,0,34,23,1,2,5,1,1,7,0,1,2,36,2,35,38,1,0,34,40,1,2,5,7,0,47,0,3,53,1,3,15,0,34,71,1,4,6,0,36,1,58,0,1,43,15,0,34,71,57,0,1,5,38],"spans":"8,0,-4,0,0,-4,0,13,0,5,0,3,0,-8,0,-3,0,19,0,-19,0,26,0,-26,31,0,5,0,3,0,-8,0,-3,0,19,0,-19,0,26,0,-26,34,0,13,0,0,0,6,0,-7,0,0,0,25,0,5,0,-5,0,-7,0,0,0,-7,0,0,0,-29,0,0,0,-66;1,1,1,1,1,9,9,10,10,1,1,1,1,10,10,27,27,1,1,27,27,1,1,27,10,10,1,1,1,1,10,10,27,27,1,1,27,27,1,1,27,1,1,1,1,1,1,1,1,8,8,8,8,7,7,1,1,7,7,15,15,15,15,22,22,22,22,53,53,53,53,119","consts":[1,{"g":"eq?"},2,0,{"g":"dec"},{"ss":["(0)","(n)"]}],"captures":[],"span":[0,119]}]},{"name":"warm-up","text":"let n = 1\\nif eq? (n, 1) then 1 else 2\\nif eq? (n, 2) then 1 else 2\\nloop (n) with {\\n  (0) -> 0\\n  (n) -> recur (dec (n))\\n}","globals":["n"],"main":0,"protos":[{"name":null,"doc":null,"clauses":[],"code":[1,0,14,0,0,16,0,7,0,1,0,73,1,35,19,1,0,34,21,1,2,5,7,0,1,2,73,1,35,34,1,0,34,36,1,2,5,7,0,47,0,3,49,1,3,15,0,34,64,85,0,4,58,0,1,39,15,0,34,64,57,0,1,5,38],"spans":"8,0,-4,0,0,-4,0,18,0,3,0,-8,0,-3,0,19,0,-19,0,26,0,-26,36,0,3,0,-8,0,-3,0,19,0,-19,0,26,0,-26,34,0,13,0,0,0,6,0,-7,0,0,0,25,0,0,-7,0,0,0,-7,0,0,0,-29,0,0,0,-66;1,1,1,1,1,9,9,1,1,1,1,10,10,27,27,1,1,27,27,1,1,27,1,1,1,1,10,10,27,27,1,1,27,27,1,1,27,1,1,1,1,1,1,1,1,8,8,8,8,7,7,7,15,15,15,15,22,22,22,22,53,53,53,53,119","consts":[1,{"g":"eq?"},2,0,{"g":"dec"},{"ss":["(0)","(n)"]}],"captures":[],"span":[0,119]}]}]}';function T0(){return[!1,!0].map(s=>Fe(yr,{file:"warm-up",fastOps:s}))}function E0(s){let e=Ei===""?null:JSON.parse(Ei);if(e===null||e.version!==Hs||e.ops!==Ks()||e.parts.some(n=>n.text!==yr))return T0();let t=new ce("warm-up",yr);return e.parts.map(n=>{let r=new xe;return{proto:Ws(n,t,r,s.primitives,s.values),globals:r}})}function Li(){try{let s=Dt(),e=new tt({budget:1e9,messageLog:0}),t=(n,r,a)=>{if(!(n instanceof H))return;let i=e.startProcess(n,null,r);for(a!==null&&(i.spawnFile=a);i.alive&&e.stepAlone(););};for(let{proto:n,globals:r}of E0(s))t(new H(n,[],r),[],null);for(let n=0;n<10;n++)t(s.values.get("print!"),["",0],"warm-up")}catch{}}zt();_s();gn();Qn();ys();var Or="0.1.0",il=`Ludus ${Or}: run Ludus programs on a BEAM-like VM.

Usage:
  deno run -R cli.ts [options] FILE.ld     run a script (- reads it from stdin)
  deno run -R cli.ts --disasm FILE.ld      print the compiled bytecode
  deno run -R cli.ts test FILE.ld          run the script's \`test "name" expr\` forms
  deno run cli.ts doc NAME                 show the documentation of a prelude function
  deno run -R cli.ts top FILE.ld           run it with a live table of its processes (q quits)
  deno run -R -W cli.ts notebook FILE.md   run a notebook's ludus blocks, write FILE.html
  deno run -A cli.ts serve [FILE]          a web page to edit and run Ludus (FILE.ld or FILE.md)
  deno run cli.ts repl                     an interactive prompt (:help lists its commands)
  (notebook, serve and repl take --help for their own options)

Options:
  --observe              at exit, print a table of every process to stderr
  --test                 the same as the \`test\` subcommand
  --json                 print one JSON object: result, console, turtle, error
  --svg FILE             write the turtle drawing to FILE as SVG (needs --allow-write)
  --budget N             reductions per time slice (default ${xt.budget})
  --seed N               seed for random (same seed, same run)
  --wait-all             wait for every process, not just the main script
  --virtual-clock        make sleep! instant (but ordered)
  --max-reductions N     stop after N reductions in total
  --timeout MS           stop after MS milliseconds
  --message-log N        keep the last N messages for observe :messages (0: off)
  --no-color             never colour errors
  -h, --help             this help
  -V, --version          print the version

Exit codes: 0 success, 1 a Ludus error (panic, syntax, deadlock, limit), 2 bad usage.
Permissions: --allow-read (-R) to read scripts; --allow-write (-W) for --svg; nothing else
for local programs.`,ol={json:{type:"boolean"},test:{type:"boolean"},observe:{type:"boolean"},svg:{type:"string"},disasm:{type:"boolean"},budget:{type:"string"},seed:{type:"string"},"wait-all":{type:"boolean"},"virtual-clock":{type:"boolean"},"max-reductions":{type:"string"},timeout:{type:"string"},"message-log":{type:"string"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"},version:{type:"boolean",short:"V"}},ll=new Set(["test","doc","top","notebook","serve","repl"]);function nt(s){throw new _("usage",s,null,null,{hint:"run with --help to see the options"})}function Ie(s,e){if(s===void 0)return;let t=Number(s);return(typeof s!="string"||!Number.isFinite(t)||t<0)&&nt(`--${e} needs a number, not "${s}"`),t}function Mr(s){return Dr(s),{red:Rn,cyan:qr,dim:zr,bold:Ur}}async function ul(s){let e=Mr(!1),t=!1;try{if(s.length>0&&io.has(s[0]))return await oo(s[0],s.slice(1));let n;try{n=await An(s,ol)}catch(d){nt(d.message.replace(/\. To specify.*$/s,""))}let r=n.values;if(t=r.json===!0,e=Mr(!r["no-color"]&&Dn("stderr")),r.help)return se(il+`
`),0;if(r.version)return se(`ludus ${Or}
`),0;let a=n.positionals,i=r.test?"test":"run";if(a.length>0&&ll.has(a[0])&&(i=a[0],a=a.slice(1)),i==="doc")return dl(a);if(io.has(i))return await oo(i,s.filter(d=>d!==i));a.length===0&&nt("no script given: which .ld file should I run?"),a.length>1&&nt(`one script at a time, please (got ${a.join(", ")})`);let l=a[0];Aa();let o=l==="-"?ha():Xt(l);r.disasm||Li();let u=await o,p=l==="-"?"<stdin>":l;if(r.disasm)return se(ca(Fe(u,{file:p}).proto)),0;let m=new st({file:p,url:l==="-"?void 0:Cs(l),moduleHost:{load:es},testMode:i==="test",keepAll:r.observe===!0,budget:Ie(r.budget,"budget"),seed:Ie(r.seed,"seed"),waitAll:r["wait-all"]===!0,virtualClock:r["virtual-clock"]===!0,maxReductions:Ie(r["max-reductions"],"max-reductions"),timeoutMs:Ie(r.timeout,"timeout"),messageLog:Ie(r["message-log"],"message-log"),host:{print:t||i==="top"?void 0:d=>se(d+`
`),report:(d,x)=>{Le(e.dim(d)+`
`),x&&Le(ue(x,e)+`
`)}}});if(i==="test")return await fl(m,u,p,e);if(i==="top")return await $a(m,u,p);let c=()=>m.scheduler.stop("interrupted (Ctrl-C)");try{Deno.addSignalListener("SIGINT",c)}catch{}let b=await m.runMain(u,p);r.observe&&Le(cl(m)+`
`),typeof r.svg=="string"&&await Zt(r.svg,ot(m.scheduler.turtles,{source:u}));try{Deno.removeSignalListener("SIGINT",c)}catch{}return t?(se(JSON.stringify({result:b.result,console:b.console,turtle:m.scheduler.turtles.map(d=>({pid:d.pid,commands:d.commands})),error:b.error?.toJSON()??null})+`
`),b.error||r["wait-all"]===!0&&m.scheduler.failures>0?1:0):b.error?(Le(ue(b.error,e)+`
`),1):(se(b.result+`
`),r["wait-all"]===!0&&m.scheduler.failures>0?1:0)}catch(n){let r=n instanceof _?n:Be(n);return t?se(JSON.stringify({result:null,console:[],turtle:[],error:r.toJSON()})+`
`):Le(ue(r,e)+`
`),r.kind==="usage"?2:1}}function cl(s){let e=s.scheduler,t=e.allProcs.map(n=>Ye(n,e.stoppedAt.get(n)));return[`processes at exit (${e.allProcs.length} in all; ${e.totalReductions} reductions in ${e.slices} slices; longest slice ${e.longestSlice.toFixed(2)} ms):`,Lt(t,50)].join(`
`)}function dl(s){s.length===0&&nt("which function? e.g. `doc add`");let e=Dt(),t=0;for(let n of s){let r=e.values.get(n);if(r===void 0){Le(`there is nothing called \`${n}\` in the prelude
`),t=1;continue}se(Qs(r)+`
`)}return t}async function fl(s,e,t,n){let{script:r,tests:a}=await Ni(s,e,t);if(r.error)return Le(ue(r.error,n)+`
`),1;let i=0;for(let o of a){let u=`${o.file}:${o.line}`;o.passed?se(`${jr("ok")}     test "${o.name}" (${u})
`):(i++,se(`${Rn("FAILED")} test "${o.name}" (${u}): ${o.problem}
`))}let l=a.length;return se(`${l} test${l===1?"":"s"}: ${l-i} passed, ${i} failed
`),i>0?1:0}var io=new Set(["notebook","serve","repl"]),hl={md:{type:"boolean"},out:{type:"string"},port:{type:"string"},budget:{type:"string"},seed:{type:"string"},"virtual-clock":{type:"boolean"},"max-reductions":{type:"string"},timeout:{type:"string"},"no-color":{type:"boolean"},help:{type:"boolean",short:"h"}},pl={notebook:`Usage: deno run -R -W cli.ts notebook [options] FILE.md

Runs the \`\`\`ludus blocks of a Markdown file in order, each as its own process
(a block sees the names the blocks before it bound), and writes FILE.html with
each block's console, result or error, turtle drawing and processes.

Options:
  --out FILE.html        where to write the page (default: FILE.md with .html)
  --md                   also write FILE.out.md (Markdown with the outputs) and its drawings
  --timeout MS           stop a block after MS milliseconds (default 5000)
  --max-reductions N     stop a block after N reductions (default 50,000,000)
  --seed N, --virtual-clock, --budget N   as for scripts
Permissions: -R to read the notebook (and its imports), -W to write the outputs.`,serve:`Usage: deno run -A cli.ts serve [options] [FILE.ld | FILE.md]

Serves a page on http://127.0.0.1:PORT/ with an editor (or the notebook's blocks),
Run and Stop, the console, the turtle drawing and a live view of the processes.
The programs run in this process; Stop always works.

Options:
  --port N               the port (default 8000; 0 picks a free one)
  --seed N, --budget N   as for scripts
Permissions: --allow-net=127.0.0.1, and -R to read FILE and the programs' imports.`,repl:`Usage: deno run cli.ts repl [options]

Each entry runs as its own process and keeps its bindings; type :help inside.

Options:
  --timeout MS           stop an entry after MS milliseconds (default 60000 on a
                         terminal, where Ctrl-C stops it sooner; 5000 from a pipe)
  --max-reductions N     stop an entry after N reductions (default: none on a
                         terminal; 50,000,000 from a pipe)
  --seed N, --virtual-clock, --budget N   as for scripts`};async function oo(s,e){let t;try{t=await An(e,hl)}catch(m){nt(m.message.replace(/\. To specify.*$/s,""))}let n=t.values;if(n.help)return se(pl[s]+`
`),0;let r={budget:Ie(n.budget,"budget"),seed:Ie(n.seed,"seed"),virtualClock:n["virtual-clock"]===!0},a={timeoutMs:Ie(n.timeout,"timeout"),maxReductions:Ie(n["max-reductions"],"max-reductions")},i=t.positionals;i.length>1&&nt(`one file at a time, please (got ${i.join(", ")})`);let l=Mr(!n["no-color"]&&Dn("stderr"));if(s==="notebook")return i.length===0&&nt("which notebook? e.g. notebook examples/notebook.md"),await ml(i[0],n,r,a);if(s==="serve"){let m=Ie(n.port,"port")??8e3;return await bl(i[0],m,r)}let{denoReplIO:o,runRepl:u}=await Promise.resolve().then(()=>(ji(),zi)),p=o();return a.timeoutMs??=p.interactive?6e4:5e3,p.interactive&&(a.maxReductions??=Number.MAX_SAFE_INTEGER),await u(p,{runtime:r,limits:a,paint:l,version:Or})}async function ml(s,e,t,n){let r=await Promise.resolve().then(()=>(Pr(),Bi)),a=await Xt(s),i=s.replace(/\.(md|markdown)$/i,""),l=typeof e.out=="string"?e.out:i+".html",o=r.parseNotebook(a,s);o.blocks.length===0&&Le(`${s} has no \`\`\`ludus blocks
`);let u=await r.runNotebook(o,{...t,url:Cs(s),moduleHost:{load:es},limits:n,onBlock:c=>{let b=c.entry.error?`: ${c.entry.error.message.split(`
`)[0]}`:"";Le(`block ${c.block.index} (line ${c.block.line}): ${c.status}${b}
`)}});await Zt(l,r.renderHtml(u));let p=[l];if(e.md){let c=i+".out.md",b=c.replace(/^.*\//,"").replace(/\.md$/,""),d=c.includes("/")?c.replace(/[^/]*$/,""):"",x=r.renderMarkdown(u,{svgName:k=>`${b}-${k.index}.svg`});await Zt(c,x.markdown),p.push(c);for(let k of x.files)await Zt(d+k.name,k.text),p.push(d+k.name)}let m=c=>u.outcomes.filter(b=>b.status===c).length;return se(`${u.outcomes.length} blocks: ${m("ok")} ok, ${m("failed")} failed, ${m("not run")} not run; wrote ${p.join(", ")}
`),0}async function bl(s,e,t){let{serve:n}=await Promise.resolve().then(()=>(ao(),ro));s!==void 0&&await Xt(s);let r=new AbortController,a=()=>r.abort();try{Deno.addSignalListener("SIGINT",a)}catch{}return await n({port:e,signal:r.signal,runtime:{budget:t.budget,seed:t.seed},file:s===void 0?void 0:{name:s,url:Cs(s),read:()=>Xt(s)},onListen:i=>se(`Ludus page at ${i} (Ctrl-C stops the server)
`)}),0}if(import.meta.main){let s=await ul(Deno.args);Deno.exit(s)}export{Or as VERSION,ul as main};
