//! One button that counts its clicks.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let click = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button data-testid="client-state" onclick={click}>{ format!("Clicked {} times", *count) }</button> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
