//! Bytes read as they arrive, with a budget: a share link's unpacked
//! session and a fetched lesson are counted piece by piece and given up the
//! moment they pass their limit, so that a few kilobytes that unpack to
//! gigabytes, or a server that sends without end, cost no more than the
//! limit.

use std::future::Future;

/// Why a capped read stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop<E> {
    /// More than the limit arrived (nothing more is read).
    TooLarge,
    /// The source failed.
    Failed(E),
}

/// Reads pieces from `next` (`Ok(None)` at the end) until they end or
/// their total passes `limit`; past it, `next` is not called again.
pub async fn read_capped<E, F, Fut>(limit: usize, mut next: F) -> Result<Vec<u8>, Stop<E>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<Vec<u8>>, E>>,
{
    let mut out = Vec::new();
    while let Some(piece) = next().await.map_err(Stop::Failed)? {
        if piece.len() > limit - out.len() {
            return Err(Stop::TooLarge);
        }
        out.extend_from_slice(&piece);
    }
    Ok(out)
}

/// How many packed bytes go into the browser's decompressor at a time. It
/// unpacks each piece it is given whole (deflate reaches about 1:1032), so
/// pieces this small keep what it unpacks ahead of the budget's check near
/// a megabyte.
pub const PACKED_PIECE: usize = 1024;

/// The browser's streams, as this module reads them.
pub mod browser {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen]
    extern "C" {
        /// A stream of bytes.
        pub type ByteStream;
        #[wasm_bindgen(constructor, js_class = "ReadableStream", catch)]
        fn from_source(source: &js_sys::Object) -> Result<ByteStream, JsValue>;
        #[wasm_bindgen(method, structural, js_name = getReader)]
        pub fn get_reader(this: &ByteStream) -> Reader;
        /// Reads a stream a piece at a time.
        pub type Reader;
        #[wasm_bindgen(method, structural)]
        fn read(this: &Reader) -> js_sys::Promise;
        #[wasm_bindgen(method, structural)]
        pub fn cancel(this: &Reader) -> js_sys::Promise;
        /// What a stream's source fills it through.
        type Controller;
        #[wasm_bindgen(method, structural)]
        fn enqueue(this: &Controller, piece: &js_sys::Uint8Array);
        #[wasm_bindgen(method, structural)]
        fn close(this: &Controller);
    }

    /// `bytes` as a stream of pieces of at most `piece` bytes, each read
    /// only when the reader (a pipe, say) asks for it.
    pub fn pieces(bytes: &[u8], piece: usize) -> Option<ByteStream> {
        let source = js_sys::Object::new();
        // Called once, inside the constructor: the closure can go after it.
        let start = Closure::<dyn FnMut(Controller)>::new({
            let bytes = bytes.to_vec();
            move |controller: Controller| {
                for chunk in bytes.chunks(piece.max(1)) {
                    controller.enqueue(&js_sys::Uint8Array::from(chunk));
                }
                controller.close();
            }
        });
        js_sys::Reflect::set(&source, &"start".into(), start.as_ref()).ok()?;
        ByteStream::from_source(&source).ok()
    }

    /// The next piece, `None` at the end.
    pub async fn next(reader: &Reader) -> Result<Option<Vec<u8>>, JsValue> {
        let step = JsFuture::from(reader.read()).await?;
        if js_sys::Reflect::get(&step, &"done".into())?.is_truthy() {
            return Ok(None);
        }
        let value = js_sys::Reflect::get(&step, &"value".into())?;
        Ok(Some(js_sys::Uint8Array::new(&value).to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// Runs a future that never waits (its sources are ready at once).
    pub fn now<T>(future: impl Future<Output = T>) -> T {
        match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(value) => value,
            Poll::Pending => unreachable!("a ready source never waits"),
        }
    }

    type Piece = std::future::Ready<Result<Option<Vec<u8>>, ()>>;
    type Asked = std::rc::Rc<std::cell::Cell<usize>>;

    /// A source of `pieces`, and how many times it was asked for one.
    fn source(pieces: Vec<Vec<u8>>) -> (impl FnMut() -> Piece, Asked) {
        let asked = Asked::default();
        let mut pieces = pieces.into_iter();
        let count = asked.clone();
        let next = move || {
            count.set(count.get() + 1);
            std::future::ready(Ok(pieces.next()))
        };
        (next, asked)
    }

    #[test]
    fn reading_stops_at_the_piece_that_passes_the_limit() {
        let (next, asked) = source(vec![vec![1; 3], vec![2; 3], vec![3; 3], vec![4; 3]]);
        assert_eq!(now(read_capped(7, next)), Err(Stop::TooLarge));
        assert_eq!(asked.get(), 3, "nothing is read past the limit");
        let (next, _) = source(vec![vec![1; 3], vec![2; 4]]);
        assert_eq!(now(read_capped(7, next)).unwrap().len(), 7);
        let (next, _) = source(vec![]);
        assert_eq!(now(read_capped(0, next)), Ok(vec![]));
    }

    #[test]
    fn a_failed_source_says_so() {
        let mut first = true;
        let next = move || {
            let out = if std::mem::take(&mut first) {
                Ok(Some(vec![0]))
            } else {
                Err("gone")
            };
            std::future::ready(out)
        };
        assert_eq!(now(read_capped(10, next)), Err(Stop::Failed("gone")));
    }
}
